export interface RecordKey {
    key: Buffer;
    /** False for the public fallback: records are then not authenticated by a secret. */
    secret: boolean;
}
export declare function recordKeyFromEnv(env: Record<string, string | undefined>, repository: string): RecordKey;
