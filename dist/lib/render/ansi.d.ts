/**
 * Terminal colour. Renderers always go through a palette so that `color: false` cannot leak an
 * escape code: the plain palette is the identity.
 */
export interface Palette {
    green(s: string): string;
    yellow(s: string): string;
    red(s: string): string;
    cyan(s: string): string;
    magenta(s: string): string;
    bold(s: string): string;
    dim(s: string): string;
}
export declare function palette(color: boolean): Palette;
