import { defined } from "./model.js";
const list = (v) => (Array.isArray(v) ? v : []);
const obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
export function virtualMachineBody(a, ctx) {
    const disk = obj(a["os_disk"]);
    const image = obj(a["source_image_reference"]);
    const user = String(a["admin_username"]);
    const passwordless = a["disable_password_authentication"] !== false;
    return {
        properties: defined({
            hardwareProfile: { vmSize: a["size"] },
            osProfile: defined({
                computerName: ctx.name,
                adminUsername: ctx.literal(user),
                // Password sign-in, when the spec allows it, needs a password: a secureString parameter.
                adminPassword: passwordless ? undefined : ctx.secret("AdminPassword", "admin password of the VM"),
                linuxConfiguration: {
                    disablePasswordAuthentication: passwordless,
                    ssh: {
                        publicKeys: list(a["admin_ssh_key"]).map((k) => ({
                            path: ctx.literal(`/home/${String(obj(k)["username"])}/.ssh/authorized_keys`),
                            keyData: ctx.literal(obj(k)["public_key"]),
                        })),
                    },
                },
            }),
            storageProfile: defined({
                imageReference: Object.keys(image).length > 0
                    ? Object.fromEntries(Object.entries(image).map(([k, v]) => [k, ctx.literal(v)]))
                    : undefined,
                osDisk: defined({
                    createOption: "FromImage",
                    caching: disk["caching"],
                    managedDisk: { storageAccountType: disk["storage_account_type"] },
                    diskSizeGB: disk["disk_size_gb"],
                }),
            }),
            networkProfile: {
                networkInterfaces: list(a["network_interfaces"]).map((n) => ({ id: ctx.ref(n) })),
            },
        }),
    };
}
