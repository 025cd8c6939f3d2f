export declare function createRedactor(secrets: readonly string[]): (text: string) => string;
