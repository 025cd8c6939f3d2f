/**
 * The export formats, by the name `--format` takes. Adding a format is one file implementing
 * ExportFormat (format.ts) and one line here.
 */
import { PlagenticError } from "../spec/errors.js";
import { armFormat } from "./arm.js";
import { cloudformationFormat } from "./cloudformation.js";
import { terraformFormat } from "./terraform.js";
export { UnsupportedTypeError } from "./format.js";
const formats = new Map();
export function registerExportFormat(format) {
    if (formats.has(format.name))
        throw new Error(`export format ${format.name} is registered twice`);
    formats.set(format.name, format);
}
for (const f of [terraformFormat, cloudformationFormat, armFormat])
    registerExportFormat(f);
export function exportFormatNames() {
    return [...formats.keys()];
}
/** The format named `name`, or an error listing the valid ones. */
export function getExportFormat(name) {
    const f = formats.get(name);
    if (!f) {
        throw new PlagenticError(`unknown export format ${JSON.stringify(name.slice(0, 40))}; choose one of: ${exportFormatNames().join(", ")}`);
    }
    return f;
}
