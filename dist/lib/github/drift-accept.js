/**
 * "Accept" a drift: the spec edited to say what the cloud now has, so that merging it makes the
 * repository match live. The edit goes through the `yaml` library's Document API, which keeps the
 * file's comments and layout and serializes every value itself (a value from the cloud is never
 * pasted into YAML text). What a spec edit cannot express is left out and listed: one instance of
 * a `count`, a reference, tags, a resource's state, a property the type does not declare, an
 * unmanaged resource (adopting one is an `import_id`), and a deleted resource others refer to.
 */
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { formatInline } from "../render/values.js";
import { isRef } from "../spec/model.js";
import { getResourceType } from "../spec/registry.js";
export function acceptDrift(specText, report) {
    const doc = parseDocument(specText);
    const resources = doc.get("resources");
    const accepted = [];
    const leftOut = [];
    const toRemove = [];
    const indexOf = (address) => {
        if (!isSeq(resources))
            return -1;
        return resources.items.findIndex((item) => {
            if (!isMap(item))
                return false;
            return `${String(item.get("type"))}.${String(item.get("name"))}` === address;
        });
    };
    // By address, so the commit message reads the same whatever order the cloud listed them in.
    const items = [...report.items].sort((a, b) => a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
    for (const item of items) {
        if (item.kind === "unmanaged") {
            leftOut.push(`${item.address}: unmanaged; adopt it with \`import_id\` or delete it in the cloud`);
            continue;
        }
        if (/\[\d+\]$/.test(item.address)) {
            leftOut.push(`${item.address}: one instance of a \`count\` cannot be changed on its own`);
            continue;
        }
        const index = indexOf(item.address);
        if (index < 0) {
            leftOut.push(`${item.address}: not found in the spec file`);
            continue;
        }
        if (item.kind === "missing") {
            if (referencedElsewhere(doc, item.address)) {
                leftOut.push(`${item.address}: removed outside Plagentic, but other resources refer to it`);
                continue;
            }
            toRemove.push(index);
            accepted.push(`${item.address}: removed (deleted outside Plagentic)`);
            continue;
        }
        acceptChanged(doc, index, item, accepted, leftOut);
    }
    // From the end, so earlier indexes stay valid.
    for (const index of toRemove.sort((a, b) => b - a))
        doc.deleteIn(["resources", index]);
    return { text: accepted.length > 0 ? doc.toString() : specText, accepted, leftOut };
}
function acceptChanged(doc, index, item, accepted, leftOut) {
    const def = getResourceType(item.type);
    for (const d of item.differences) {
        const what = `${item.address}: ${d.attribute}`;
        const property = Object.hasOwn(def?.properties ?? {}, d.attribute)
            ? def.properties[d.attribute]
            : undefined;
        if (d.attribute === "state" || d.attribute === "tags") {
            leftOut.push(`${what} is not a property the spec sets here`);
        }
        else if (!property || property.computed || property.file) {
            leftOut.push(`${what} cannot be written in the spec`);
        }
        else if (property.kind === "ref" || containsRef(d.expected) || containsRef(d.actual)) {
            leftOut.push(`${what} is a reference to another resource`);
        }
        else if (d.actual === null || d.actual === undefined) {
            if (property.required || property.default !== undefined) {
                leftOut.push(`${what} is unset in the cloud, which the spec cannot say`);
                continue;
            }
            doc.deleteIn(["resources", index, "properties", d.attribute]);
            accepted.push(`${what} ${plain(d.expected)} -> (unset)`);
        }
        else {
            const path = ["resources", index, "properties", d.attribute];
            const node = doc.getIn(path, true);
            // A scalar keeps its node, and with it the comment beside it; anything else is a new node.
            if (isScalar(node) && (typeof d.actual !== "object" || d.actual === null))
                node.value = d.actual;
            else
                doc.setIn(path, doc.createNode(d.actual));
            accepted.push(`${what} ${plain(d.expected)} -> ${plain(d.actual)}`);
        }
    }
}
function containsRef(value) {
    if (isRef(value))
        return true;
    if (Array.isArray(value))
        return value.some(containsRef);
    if (typeof value === "object" && value !== null)
        return Object.values(value).some(containsRef);
    return false;
}
/** Whether any resource's properties name `ref(<address>)` or one of its instances. */
function referencedElsewhere(doc, address) {
    const data = doc.toJS();
    const prefix = `ref(${address}`;
    const refers = (v) => typeof v === "string"
        ? v === `${prefix})` || (v.startsWith(`${prefix}[`) && isRef(v))
        : Array.isArray(v)
            ? v.some(refers)
            : typeof v === "object" && v !== null && Object.values(v).some(refers);
    return (data?.resources ?? []).some((r) => refers(r?.properties));
}
/** A value as the commit message shows it: bare when it is a simple word, as in `t3.large`. */
function plain(value) {
    return typeof value === "string" && /^[A-Za-z0-9._:/-]{1,100}$/.test(value) ? value : formatInline(value);
}
