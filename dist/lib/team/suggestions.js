import { estimateResource } from "../cost/index.js";
import { getResourceType } from "../spec/registry.js";
/** Same-size moves to a cheaper family. `note` says what the move asks of the workload. */
const FAMILY_MOVES = [
    {
        types: ["aws_instance"],
        from: /^t3a?\.(\w+)$/,
        to: "t4g.$1",
        note: "Graviton (arm64): needs an arm64 AMI",
    },
    {
        types: ["aws_instance"],
        from: /^m5\.(\w+)$/,
        to: "m6g.$1",
        note: "Graviton (arm64): needs an arm64 AMI",
    },
    {
        types: ["aws_instance"],
        from: /^m6i\.(\w+)$/,
        to: "m7g.$1",
        note: "Graviton (arm64): needs an arm64 AMI",
    },
    {
        types: ["aws_instance"],
        from: /^c5\.(\w+)$/,
        to: "c6g.$1",
        note: "Graviton (arm64): needs an arm64 AMI",
    },
    {
        types: ["aws_instance"],
        from: /^c6i\.(\w+)$/,
        to: "c7g.$1",
        note: "Graviton (arm64): needs an arm64 AMI",
    },
    {
        types: ["aws_instance"],
        from: /^r5\.(\w+)$/,
        to: "r6g.$1",
        note: "Graviton (arm64): needs an arm64 AMI",
    },
    { types: ["aws_db_instance"], from: /^db\.t3\.(\w+)$/, to: "db.t4g.$1", note: "Graviton; same engine" },
    {
        types: ["google_compute_instance"],
        from: /^n[12]-standard-(\d+)$/,
        to: "e2-standard-$1",
        note: "E2 shares cores; fine for most services",
    },
    {
        types: ["azurerm_linux_virtual_machine"],
        from: /^Standard_D(\d+)s_v5$/,
        to: "Standard_D$1as_v5",
        note: "AMD EPYC; same vCPUs and memory",
    },
];
export function costSuggestions(plan, catalog) {
    const byResource = new Map();
    for (const change of plan.changes) {
        if (!change.after || change.action === "delete")
            continue;
        const prop = getResourceType(change.type)?.sizeProperty;
        if (!prop || prop.includes("."))
            continue;
        const size = change.after.attributes[prop];
        if (typeof size !== "string")
            continue;
        const move = FAMILY_MOVES.find((m) => m.types.includes(change.type) && m.from.test(size));
        if (!move)
            continue;
        const alternative = size.replace(move.from, move.to);
        const saving = savingOf(change.type, change.address, change.after.attributes, prop, alternative, plan.region, catalog);
        if (saving === null || saving <= 0)
            continue;
        const base = change.address.replace(/\[\d+\]$/, "");
        const entry = byResource.get(base) ?? { from: size, to: alternative, note: move.note, savings: 0 };
        entry.savings += saving;
        byResource.set(base, entry);
    }
    return [...byResource].map(([address, s]) => {
        const monthlySavings = Math.round(s.savings * 100) / 100;
        return {
            address,
            monthlySavings,
            message: `${address}: ${s.to} instead of ${s.from} would save $${monthlySavings.toFixed(2)}/month (${s.note})`,
        };
    });
}
/**
 * Monthly saving of the move, component by component: a component unknown on both sides (a disk
 * whose type GCE picks) is the same either way and does not hide the machine's saving; one known
 * on only one side makes the saving unknown.
 */
function savingOf(type, address, attributes, prop, alternative, region, catalog) {
    const now = estimateResource({ address, type, attributes, usage: {} }, region, catalog).components;
    const alt = estimateResource({ address, type, attributes: { ...attributes, [prop]: alternative }, usage: {} }, region, catalog).components;
    if (now.length !== alt.length)
        return null;
    let saving = 0;
    for (let i = 0; i < now.length; i++) {
        const a = now[i];
        const b = alt[i];
        if (a.usageBased || b.usageBased)
            continue;
        if (a.monthly === null && b.monthly === null)
            continue;
        if (a.monthly === null || b.monthly === null)
            return null;
        saving += a.monthly - b.monthly;
    }
    return saving;
}
