export interface ScaffoldOptions {
    /** Overwrite files that already exist. */
    force?: boolean;
    /** Where the bundled files are; defaults to the installed package. */
    from?: string;
}
/** Returns the absolute paths written, in the order written. */
export declare function scaffoldProject(dir: string, opts?: ScaffoldOptions): Promise<string[]>;
