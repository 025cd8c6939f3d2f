export declare function neutralize(text: string): string;
