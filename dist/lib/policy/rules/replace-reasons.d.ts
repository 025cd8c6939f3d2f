/** How the protection rules explain a replacement: the attributes that force it. */
export declare function because(reasons: string[] | undefined): string;
