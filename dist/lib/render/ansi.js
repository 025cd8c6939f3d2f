/**
 * Terminal colour. Renderers always go through a palette so that `color: false` cannot leak an
 * escape code: the plain palette is the identity.
 */
const wrap = (open, close) => (s) => s === "" ? s : `\u001b[${open}m${s}\u001b[${close}m`;
const colored = {
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    red: wrap(31, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
};
const identity = (s) => s;
const plain = {
    green: identity,
    yellow: identity,
    red: identity,
    cyan: identity,
    magenta: identity,
    bold: identity,
    dim: identity,
};
export function palette(color) {
    return color ? colored : plain;
}
