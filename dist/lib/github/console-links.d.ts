export declare function consoleLink(provider: string, type: string, id: string, region: string): string | null;
