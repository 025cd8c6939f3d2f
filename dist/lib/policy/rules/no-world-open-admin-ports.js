import { z } from "zod";
import { worldIngress } from "../ingress.js";
import { defineRule } from "../rule.js";
export const DEFAULT_ADMIN_PORTS = [22, 3389, 3306, 5432, 1433, 1521, 27017, 6379, 9200, 5984];
/** The managed way in for each cloud, so the message offers something better than an open port. */
function remoteAccessHint(type) {
    if (type.startsWith("aws_"))
        return "use SSM Session Manager";
    if (type.startsWith("google_"))
        return "use IAP TCP forwarding";
    if (type.startsWith("azurerm_"))
        return "use Azure Bastion";
    return "use a bastion or VPN";
}
function covers(ranges, port) {
    return ranges.some((r) => r.from <= port && port <= r.to);
}
function joinWords(items) {
    if (items.length <= 1)
        return items.join("");
    return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
export const noWorldOpenAdminPorts = defineRule({
    id: "no_world_open_admin_ports",
    description: "No firewall or security group may open an admin or database port (SSH, RDP, databases) to the whole internet.",
    enabledByDefault: true,
    options: z.strictObject({
        ports: z.array(z.number().int().min(0).max(65535)).default(() => [...DEFAULT_ADMIN_PORTS]),
    }),
    evaluate(ctx, { ports }) {
        const watched = [...new Set(ports)].sort((a, b) => a - b);
        const findings = [];
        for (const resource of ctx.desired) {
            for (const ingress of worldIngress(resource)) {
                const open = watched.filter((p) => covers(ingress.ports, p));
                if (open.length === 0)
                    continue;
                const everyPort = ingress.ports.some((r) => r.from === 0 && r.to === 65535);
                const what = everyPort
                    ? `every port (including ${joinWords(open.map(String))})`
                    : `${open.length === 1 ? "port" : "ports"} ${joinWords(open.map(String))}`;
                findings.push({
                    address: resource.address,
                    message: `${resource.address} ${ingress.where} opens ${what} to ${joinWords([...new Set(ingress.sources)])}; allow ${open.length === 1 ? "it" : "them"} only from your office or VPN range, or ${remoteAccessHint(resource.type)}.`,
                });
            }
        }
        return findings;
    },
    passMessage: () => "No admin or database port is open to the internet.",
});
