export declare function packageRoot(): string;
export declare function packagePath(...parts: string[]): string;
