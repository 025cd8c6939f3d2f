/** A name-based id made unique the way Terraform's `name_prefix` does, with a random tail. */
export function suffixed(id, bytes) {
    return `${id}-${randomText(bytes).hex(6)}`;
}
export const SANDBOX_ACCOUNT_ID = "123456789012";
export const SANDBOX_AZURE_DEFAULT = "sandbox";
/** EC2-style ids: prefix + "0" + 16 hex digits. */
const awsPrefixes = {
    aws_instance: "i-",
    aws_vpc: "vpc-",
    aws_subnet: "subnet-",
    aws_security_group: "sg-",
    aws_security_group_rule: "sgr-",
    aws_vpc_security_group_ingress_rule: "sgr-",
    aws_vpc_security_group_egress_rule: "sgr-",
    aws_internet_gateway: "igw-",
    aws_egress_only_internet_gateway: "eigw-",
    aws_eip: "eipalloc-",
    aws_nat_gateway: "nat-",
    aws_ebs_volume: "vol-",
    aws_ebs_snapshot: "snap-",
    aws_route_table: "rtb-",
    aws_route_table_association: "rtbassoc-",
    aws_network_interface: "eni-",
    aws_network_acl: "acl-",
    aws_vpc_endpoint: "vpce-",
    aws_vpc_peering_connection: "pcx-",
    aws_launch_template: "lt-",
    aws_key_pair: "key-",
    aws_ami: "ami-",
    aws_placement_group: "pg-",
    aws_ec2_transit_gateway: "tgw-",
    aws_vpn_gateway: "vgw-",
    aws_customer_gateway: "cgw-",
    aws_autoscaling_group: "asg-",
};
/** RDS resource ids: prefix + 26 upper-case letters and digits, like `db-ABCDEFGHIJKLMNOPQRSTUVWXYZ`. */
const awsRdsPrefixes = {
    aws_db_instance: "db-",
    aws_rds_cluster: "cluster-",
};
/** Name of the EKS cluster a node group's `cluster` reference (an ARN) points at. */
function clusterName(attributes) {
    const arn = attributes["cluster"];
    return typeof arn === "string" ? /:cluster\/([^/]+)$/.exec(arn)?.[1] : undefined;
}
/** Types whose id is an ARN built from a name; `unique` ARNs carry a random part, the others are the name alone. */
const awsArns = {
    aws_lb: {
        unique: true,
        nameAttribute: "name",
        arn: (r, n, hex) => `arn:aws:elasticloadbalancing:${r}:${SANDBOX_ACCOUNT_ID}:loadbalancer/app/${n}/${hex(16)}`,
    },
    aws_alb: {
        unique: true,
        nameAttribute: "name",
        arn: (r, n, hex) => `arn:aws:elasticloadbalancing:${r}:${SANDBOX_ACCOUNT_ID}:loadbalancer/app/${n}/${hex(16)}`,
    },
    aws_lb_target_group: {
        unique: true,
        nameAttribute: "name",
        arn: (r, n, hex) => `arn:aws:elasticloadbalancing:${r}:${SANDBOX_ACCOUNT_ID}:targetgroup/${n}/${hex(16)}`,
    },
    aws_eks_cluster: {
        nameAttribute: "name",
        arn: (r, n) => `arn:aws:eks:${r}:${SANDBOX_ACCOUNT_ID}:cluster/${n}`,
    },
    aws_eks_node_group: {
        unique: true,
        nameAttribute: "node_group_name",
        arn: (r, n, hex, a) => `arn:aws:eks:${r}:${SANDBOX_ACCOUNT_ID}:nodegroup/${clusterName(a) ?? n}/${n}/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
    },
    aws_lambda_function: {
        nameAttribute: "function_name",
        arn: (r, n) => `arn:aws:lambda:${r}:${SANDBOX_ACCOUNT_ID}:function:${n}`,
    },
    aws_iam_role: {
        nameAttribute: "name",
        arn: (_r, n) => `arn:aws:iam::${SANDBOX_ACCOUNT_ID}:role/${n}`,
    },
};
const azureKinds = {
    azurerm_linux_virtual_machine: { path: "Microsoft.Compute/virtualMachines" },
    azurerm_windows_virtual_machine: { path: "Microsoft.Compute/virtualMachines" },
    azurerm_virtual_machine: { path: "Microsoft.Compute/virtualMachines" },
    azurerm_managed_disk: { path: "Microsoft.Compute/disks" },
    azurerm_virtual_network: { path: "Microsoft.Network/virtualNetworks" },
    azurerm_subnet: {
        path: "subnets",
        parent: { types: ["azurerm_virtual_network"], fallbackPath: "Microsoft.Network/virtualNetworks/sandbox" },
    },
    azurerm_network_security_group: { path: "Microsoft.Network/networkSecurityGroups" },
    azurerm_network_interface: { path: "Microsoft.Network/networkInterfaces" },
    azurerm_public_ip: { path: "Microsoft.Network/publicIPAddresses" },
    azurerm_nat_gateway: { path: "Microsoft.Network/natGateways" },
    azurerm_lb: { path: "Microsoft.Network/loadBalancers" },
    azurerm_kubernetes_cluster: { path: "Microsoft.ContainerService/managedClusters" },
    azurerm_kubernetes_cluster_node_pool: {
        path: "agentPools",
        parent: {
            types: ["azurerm_kubernetes_cluster"],
            fallbackPath: "Microsoft.ContainerService/managedClusters/sandbox",
        },
    },
    azurerm_mssql_server: { path: "Microsoft.Sql/servers" },
    azurerm_mssql_database: {
        path: "databases",
        parent: { types: ["azurerm_mssql_server"], fallbackPath: "Microsoft.Sql/servers/sandbox" },
    },
    azurerm_linux_function_app: { path: "Microsoft.Web/sites" },
    azurerm_windows_function_app: { path: "Microsoft.Web/sites" },
    azurerm_function_app: { path: "Microsoft.Web/sites" },
    azurerm_service_plan: { path: "Microsoft.Web/serverFarms" },
    azurerm_app_service_plan: { path: "Microsoft.Web/serverFarms" },
    azurerm_storage_account: { path: "Microsoft.Storage/storageAccounts" },
};
export function generateId(req, bytes) {
    const rnd = randomText(bytes);
    const { type } = req;
    if (type.startsWith("aws_"))
        return awsId(req, rnd);
    if (type.startsWith("google_"))
        return { id: rnd.digits(19), byName: false };
    if (type.startsWith("azurerm_"))
        return { id: azureId(req), byName: true };
    return { id: `sbx-0${rnd.hex(16)}`, byName: false };
}
/** `aws_instance.web[1]` → `web-1`: the part of an address a cloud name can be made from. */
export function nameFromAddress(address) {
    const dot = address.indexOf(".");
    const local = dot >= 0 ? address.slice(dot + 1) : address;
    return local.replace(/\[(\d+)\]$/, "-$1").replace(/[^A-Za-z0-9_-]/g, "-");
}
function awsId(req, rnd) {
    const prefix = awsPrefixes[req.type];
    if (prefix)
        return { id: `${prefix}0${rnd.hex(16)}`, byName: false };
    const rds = awsRdsPrefixes[req.type];
    if (rds)
        return { id: `${rds}${rnd.upperAlnum(26)}`, byName: false };
    const arn = awsArns[req.type];
    if (arn) {
        const given = req.attributes[arn.nameAttribute];
        const name = typeof given === "string" && given !== ""
            ? given
            : `${req.target.environment}-${nameFromAddress(req.address)}`;
        return { id: arn.arn(req.target.region, name, rnd.hex, req.attributes), byName: arn.unique !== true };
    }
    // Unlisted EC2-like types: initials of the words, e.g. aws_cloudwatch_log_group → clg-0….
    const initials = req.type
        .slice("aws_".length)
        .split("_")
        .map((w) => w.charAt(0))
        .join("");
    return { id: `${initials || "res"}-0${rnd.hex(16)}`, byName: false };
}
function azureId(req) {
    const subscription = req.target.subscription ?? SANDBOX_AZURE_DEFAULT;
    const group = req.target.resourceGroup ?? SANDBOX_AZURE_DEFAULT;
    const given = req.attributes["name"];
    // The default group is shared by every environment, so a derived name carries the environment.
    const name = typeof given === "string" && given !== ""
        ? given
        : req.target.resourceGroup !== undefined
            ? nameFromAddress(req.address)
            : `${req.target.environment}-${nameFromAddress(req.address)}`;
    const groupId = `/subscriptions/${subscription}/resourceGroups/${group}`;
    if (req.type === "azurerm_resource_group") {
        return `/subscriptions/${subscription}/resourceGroups/${typeof given === "string" && given !== "" ? given : group}`;
    }
    const kind = azureKinds[req.type] ?? {
        path: `Microsoft.Sandbox/${camelPlural(req.type.slice("azurerm_".length))}`,
    };
    if (kind.parent) {
        const parent = req.referencedParent(kind.parent.types);
        if (parent !== undefined)
            return `${parent}/${kind.path}/${name}`;
        return `${groupId}/providers/${kind.parent.fallbackPath}/${kind.path}/${name}`;
    }
    return `${groupId}/providers/${kind.path}/${name}`;
}
/** `container_registry` → `containerRegistries`. */
function camelPlural(words) {
    const camel = words.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
    if (/[^aeiou]y$/.test(camel))
        return `${camel.slice(0, -1)}ies`;
    return camel.endsWith("s") ? camel : `${camel}s`;
}
function randomText(bytes) {
    // Rejection sampling keeps every character equally likely.
    const pick = (alphabet, n, first) => {
        let out = "";
        const limit = 256 - (256 % alphabet.length);
        while (out.length < n) {
            for (const b of bytes(n)) {
                if (b >= limit)
                    continue;
                const ch = alphabet[b % alphabet.length] ?? "";
                if (out.length === 0 && first !== undefined && !first.includes(ch))
                    continue;
                out += ch;
                if (out.length === n)
                    break;
            }
        }
        return out;
    };
    return {
        hex: (n) => pick("0123456789abcdef", n),
        digits: (n) => pick("0123456789", n, "123456789"),
        upperAlnum: (n) => pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n),
    };
}
