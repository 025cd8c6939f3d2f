export declare function confirm(question: string, output: NodeJS.WritableStream): Promise<boolean>;
