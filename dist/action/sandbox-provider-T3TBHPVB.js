import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  getResourceType
} from "./chunk-7W3TKOHO.js";
import {
  OWNER_TAG_ADDRESS,
  OWNER_TAG_SHARE_PREFIX,
  ProviderOperationError,
  createdBy,
  identityTagsAfterUpdate,
  otherOwner,
  ownedAt,
  ownedBy,
  ownershipTags,
  repositoryKey,
  withoutOwnershipTags
} from "./chunk-GOFYTHHW.js";
import "./chunk-TXMSPRBW.js";

// src/providers/sandbox/sandbox-provider.ts
import { randomBytes } from "node:crypto";

// src/providers/sandbox/ids.ts
function suffixed(id, bytes) {
  return `${id}-${randomText(bytes).hex(6)}`;
}
var SANDBOX_ACCOUNT_ID = "123456789012";
var SANDBOX_AZURE_DEFAULT = "sandbox";
var awsPrefixes = {
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
  aws_autoscaling_group: "asg-"
};
var awsRdsPrefixes = {
  aws_db_instance: "db-",
  aws_rds_cluster: "cluster-"
};
function clusterName(attributes) {
  const arn = attributes["cluster"];
  return typeof arn === "string" ? /:cluster\/([^/]+)$/.exec(arn)?.[1] : void 0;
}
var awsArns = {
  aws_lb: {
    unique: true,
    nameAttribute: "name",
    arn: (r, n, hex) => `arn:aws:elasticloadbalancing:${r}:${SANDBOX_ACCOUNT_ID}:loadbalancer/app/${n}/${hex(16)}`
  },
  aws_alb: {
    unique: true,
    nameAttribute: "name",
    arn: (r, n, hex) => `arn:aws:elasticloadbalancing:${r}:${SANDBOX_ACCOUNT_ID}:loadbalancer/app/${n}/${hex(16)}`
  },
  aws_lb_target_group: {
    unique: true,
    nameAttribute: "name",
    arn: (r, n, hex) => `arn:aws:elasticloadbalancing:${r}:${SANDBOX_ACCOUNT_ID}:targetgroup/${n}/${hex(16)}`
  },
  aws_eks_cluster: {
    nameAttribute: "name",
    arn: (r, n) => `arn:aws:eks:${r}:${SANDBOX_ACCOUNT_ID}:cluster/${n}`
  },
  aws_eks_node_group: {
    unique: true,
    nameAttribute: "node_group_name",
    arn: (r, n, hex, a) => `arn:aws:eks:${r}:${SANDBOX_ACCOUNT_ID}:nodegroup/${clusterName(a) ?? n}/${n}/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`
  },
  aws_lambda_function: {
    nameAttribute: "function_name",
    arn: (r, n) => `arn:aws:lambda:${r}:${SANDBOX_ACCOUNT_ID}:function:${n}`
  },
  aws_iam_role: {
    nameAttribute: "name",
    arn: (_r, n) => `arn:aws:iam::${SANDBOX_ACCOUNT_ID}:role/${n}`
  }
};
var azureKinds = {
  azurerm_linux_virtual_machine: { path: "Microsoft.Compute/virtualMachines" },
  azurerm_windows_virtual_machine: { path: "Microsoft.Compute/virtualMachines" },
  azurerm_virtual_machine: { path: "Microsoft.Compute/virtualMachines" },
  azurerm_managed_disk: { path: "Microsoft.Compute/disks" },
  azurerm_virtual_network: { path: "Microsoft.Network/virtualNetworks" },
  azurerm_subnet: {
    path: "subnets",
    parent: { types: ["azurerm_virtual_network"], fallbackPath: "Microsoft.Network/virtualNetworks/sandbox" }
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
      fallbackPath: "Microsoft.ContainerService/managedClusters/sandbox"
    }
  },
  azurerm_mssql_server: { path: "Microsoft.Sql/servers" },
  azurerm_mssql_database: {
    path: "databases",
    parent: { types: ["azurerm_mssql_server"], fallbackPath: "Microsoft.Sql/servers/sandbox" }
  },
  azurerm_linux_function_app: { path: "Microsoft.Web/sites" },
  azurerm_windows_function_app: { path: "Microsoft.Web/sites" },
  azurerm_function_app: { path: "Microsoft.Web/sites" },
  azurerm_service_plan: { path: "Microsoft.Web/serverFarms" },
  azurerm_app_service_plan: { path: "Microsoft.Web/serverFarms" },
  azurerm_storage_account: { path: "Microsoft.Storage/storageAccounts" }
};
function generateId(req, bytes) {
  const rnd = randomText(bytes);
  const { type } = req;
  if (type.startsWith("aws_")) return awsId(req, rnd);
  if (type.startsWith("google_")) return { id: rnd.digits(19), byName: false };
  if (type.startsWith("azurerm_")) return { id: azureId(req), byName: true };
  return { id: `sbx-0${rnd.hex(16)}`, byName: false };
}
function nameFromAddress(address) {
  const dot = address.indexOf(".");
  const local = dot >= 0 ? address.slice(dot + 1) : address;
  return local.replace(/\[(\d+)\]$/, "-$1").replace(/[^A-Za-z0-9_-]/g, "-");
}
function awsId(req, rnd) {
  const prefix = awsPrefixes[req.type];
  if (prefix) return { id: `${prefix}0${rnd.hex(16)}`, byName: false };
  const rds = awsRdsPrefixes[req.type];
  if (rds) return { id: `${rds}${rnd.upperAlnum(26)}`, byName: false };
  const arn = awsArns[req.type];
  if (arn) {
    const given = req.attributes[arn.nameAttribute];
    const name = typeof given === "string" && given !== "" ? given : `${req.target.environment}-${nameFromAddress(req.address)}`;
    return { id: arn.arn(req.target.region, name, rnd.hex, req.attributes), byName: arn.unique !== true };
  }
  const initials = req.type.slice("aws_".length).split("_").map((w) => w.charAt(0)).join("");
  return { id: `${initials || "res"}-0${rnd.hex(16)}`, byName: false };
}
function azureId(req) {
  const subscription = req.target.subscription ?? SANDBOX_AZURE_DEFAULT;
  const group = req.target.resourceGroup ?? SANDBOX_AZURE_DEFAULT;
  const given = req.attributes["name"];
  const name = typeof given === "string" && given !== "" ? given : req.target.resourceGroup !== void 0 ? nameFromAddress(req.address) : `${req.target.environment}-${nameFromAddress(req.address)}`;
  const groupId = `/subscriptions/${subscription}/resourceGroups/${group}`;
  if (req.type === "azurerm_resource_group") {
    return `/subscriptions/${subscription}/resourceGroups/${typeof given === "string" && given !== "" ? given : group}`;
  }
  const kind = azureKinds[req.type] ?? {
    path: `Microsoft.Sandbox/${camelPlural(req.type.slice("azurerm_".length))}`
  };
  if (kind.parent) {
    const parent = req.referencedParent(kind.parent.types);
    if (parent !== void 0) return `${parent}/${kind.path}/${name}`;
    return `${groupId}/providers/${kind.parent.fallbackPath}/${kind.path}/${name}`;
  }
  return `${groupId}/providers/${kind.path}/${name}`;
}
function camelPlural(words) {
  const camel = words.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
  if (/[^aeiou]y$/.test(camel)) return `${camel.slice(0, -1)}ies`;
  return camel.endsWith("s") ? camel : `${camel}s`;
}
function randomText(bytes) {
  const pick = (alphabet, n, first) => {
    let out = "";
    const limit = 256 - 256 % alphabet.length;
    while (out.length < n) {
      for (const b of bytes(n)) {
        if (b >= limit) continue;
        const ch = alphabet[b % alphabet.length] ?? "";
        if (out.length === 0 && first !== void 0 && !first.includes(ch)) continue;
        out += ch;
        if (out.length === n) break;
      }
    }
    return out;
  };
  return {
    hex: (n) => pick("0123456789abcdef", n),
    digits: (n) => pick("0123456789", n, "123456789"),
    upperAlnum: (n) => pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n)
  };
}

// src/providers/sandbox/validation.ts
function referencedIds(def, attributes) {
  const found = [];
  for (const [name, prop] of Object.entries(def.properties)) {
    collect(prop, attributes[name], name, found);
  }
  return found;
}
function collect(schema, value, path, out) {
  if (value === void 0 || value === null) return;
  switch (schema.kind) {
    case "ref":
      out.push({ property: path, id: value, to: schema.to });
      return;
    case "list":
      if (Array.isArray(value)) value.forEach((v, i) => collect(schema.items, v, `${path}[${i}]`, out));
      return;
    case "map":
      if (isRecord(value))
        for (const [k, v] of Object.entries(value)) collect(schema.values, v, `${path}.${k}`, out);
      return;
    case "object":
      if (isRecord(value)) {
        for (const [k, p] of Object.entries(schema.properties)) collect(p, value[k], `${path}.${k}`, out);
      }
      return;
    default:
      return;
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function validateRequest(def, attributes, lookup, catalog) {
  for (const ref of referencedIds(def, attributes)) {
    const label = ref.to.length === 1 ? ref.to[0] ?? "resource" : ref.to.join(" or ");
    if (typeof ref.id !== "string") {
      throw new ProviderOperationError(
        "InvalidParameterValue",
        `${ref.property} must be the id of a ${label}, got ${JSON.stringify(ref.id)}`
      );
    }
    const target = lookup(ref.id);
    if (!target) {
      throw new ProviderOperationError("InvalidParameterValue", `${ref.property} ${ref.id} does not exist`);
    }
    if (ref.to.length > 0 && !ref.to.includes(target.type)) {
      throw new ProviderOperationError(
        "InvalidParameterValue",
        `${ref.property} ${ref.id} is a ${target.type}, not a ${label}`
      );
    }
  }
  if (def.pricing.kind === "compute") {
    checkSize(def.pricing.catalog, def.pricing.sizeProperty, attributes, catalog);
  }
}
function checkSize(machineCatalog, sizeProperty, attributes, catalog) {
  const size = valueAt(attributes, sizeProperty);
  if (size === void 0 || size === null) return;
  if (typeof size !== "string" || !catalog.hasMachineSize(machineCatalog, size)) {
    throw new ProviderOperationError(
      "InvalidInstanceType",
      `${sizeProperty} ${JSON.stringify(size)} is not a valid size in ${machineCatalog}`
    );
  }
}
function valueAt(attributes, path) {
  let current = attributes;
  for (const part of path.split(".")) {
    if (current === void 0 || current === null || !isRecord(current)) return void 0;
    current = current[part];
  }
  return current;
}

// src/providers/sandbox/sandbox-provider.ts
var COLUMNS = "id, type, region, attributes, tags, address";
var ID_ATTEMPTS = 5;
function createSandboxProvider(deps) {
  const { db } = deps.store;
  const bytes = deps.randomBytes ?? ((n) => randomBytes(n));
  const delayMs = deps.operationDelayMs ?? 0;
  const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const latency = () => delayMs > 0 ? sleep(delayMs) : Promise.resolve();
  const selectById = db.prepare(
    `SELECT ${COLUMNS} FROM sandbox_resources WHERE id = ?`
  );
  const selectOwned = db.prepare(
    `SELECT ${COLUMNS} FROM sandbox_resources
     WHERE environment = ? AND address IS NOT NULL AND (repository = ? OR json_extract(tags, ?) = ?)
     ORDER BY address, id`
  );
  const selectToken = db.prepare(
    "SELECT resource_id, environment, address, type FROM sandbox_tokens WHERE token = ?"
  );
  const upsertToken = db.prepare(
    `INSERT INTO sandbox_tokens (token, resource_id, environment, address, type) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (token) DO UPDATE SET resource_id = excluded.resource_id`
  );
  const tick = db.prepare(
    "UPDATE sandbox_clock SET tick = tick + 1 WHERE only_row = 1 RETURNING tick"
  );
  const insertResource = db.prepare(
    `INSERT INTO sandbox_resources (id, type, region, attributes, tags, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  );
  const updateResource = db.prepare(
    "UPDATE sandbox_resources SET attributes = ?, tags = ?, updated_at = ? WHERE id = ?"
  );
  const deleteResource = db.prepare("DELETE FROM sandbox_resources WHERE id = ?");
  const selectDependents = db.prepare(
    `SELECT DISTINCT r.id AS id FROM sandbox_resources r, json_tree(r.attributes) t
     WHERE t.atom = ? AND r.id <> ? ORDER BY r.id LIMIT 5`
  );
  const lookup = (id) => selectById.get(id);
  const now = () => {
    const row = tick.get();
    if (!row) throw new Error("sandbox clock row is missing from the store");
    return row.tick;
  };
  function typeDef(type) {
    const def = getResourceType(type);
    if (!def) throw new ProviderOperationError("InvalidParameterValue", `unknown resource type ${type}`);
    return def;
  }
  function ownedRow(target, id, address, type) {
    const row = selectById.get(id);
    if (!row || row.type !== type) {
      throw new ProviderOperationError(
        "NotFound",
        `${type} ${id} does not exist in environment ${target.environment}`
      );
    }
    if (!ownedAt(tagsOf(row), target, address)) throw notOwned(row, address, target);
    return row;
  }
  function newResourceId(op) {
    if (deps.newId) return { id: deps.newId(op.type), byName: true, injected: true };
    return generateId(
      {
        type: op.type,
        address: op.address,
        target: op.target,
        attributes: op.attributes,
        referencedParent: (types) => {
          for (const value of Object.values(op.attributes)) {
            if (typeof value !== "string") continue;
            const row = selectById.get(value);
            if (row && types.includes(row.type)) return row.id;
          }
          return void 0;
        }
      },
      bytes
    );
  }
  const createTx = db.transaction((op) => {
    const def = typeDef(op.type);
    const { environment } = op.target;
    const prior = selectToken.get(op.token);
    if (prior) {
      if (prior.environment !== environment || prior.address !== op.address || prior.type !== op.type) {
        throw new ProviderOperationError(
          "IdempotentParameterMismatch",
          `token ${op.token} was already used for ${prior.type} ${prior.address} in environment ${prior.environment}`
        );
      }
      const existing = selectById.get(prior.resource_id);
      if (existing) {
        if (!createdBy(tagsOf(existing), op.target, op.address)) {
          throw new ProviderOperationError(
            "IdempotentParameterMismatch",
            `token ${op.token} was already used for ${existing.id}, which this repository does not own`
          );
        }
        return liveOf(existing);
      }
    }
    validateRequest(def, op.attributes, lookup, deps.catalog);
    const first = newResourceId(op);
    let id = first.id;
    for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
      const clash = selectById.get(id);
      if (!clash) {
        const at = now();
        insertResource.run(
          id,
          op.type,
          op.target.region,
          JSON.stringify(op.attributes),
          JSON.stringify({ ...withoutOwnershipTags(op.tags), ...ownershipTags(op.target, op.address) }),
          at,
          at
        );
        upsertToken.run(op.token, id, environment, op.address, op.type);
        const created = selectById.get(id);
        if (!created) throw new Error(`sandbox resource ${id} vanished while being created`);
        return liveOf(created);
      }
      const sameOwner = ownedAt(tagsOf(clash), op.target, op.address) && clash.type === op.type;
      if (!first.byName) {
        id = newResourceId(op).id;
      } else if (sameOwner && !first.injected) {
        id = suffixed(first.id, bytes);
      } else {
        throw new ProviderOperationError("ResourceConflictException", `${op.type} ${id} already exists`);
      }
    }
    throw new Error(`could not find an unused id for ${op.type} in ${ID_ATTEMPTS} attempts`);
  });
  const updateTx = db.transaction((op) => {
    const def = typeDef(op.type);
    const row = ownedRow(op.target, op.id, op.address, op.type);
    validateRequest(def, op.attributes, lookup, deps.catalog);
    const attributes = JSON.stringify(op.attributes);
    const tags = JSON.stringify({
      ...withoutOwnershipTags(op.tags),
      ...identityTagsAfterUpdate(tagsOf(row), op.target),
      [OWNER_TAG_ADDRESS]: op.address
    });
    updateResource.run(attributes, tags, now(), row.id);
    return liveOf({ ...row, attributes, tags });
  });
  const adoptTx = db.transaction(
    (target, ref) => {
      const row = selectById.get(ref.id);
      if (!row || row.type !== ref.type)
        throw new ProviderOperationError("NotFound", `${ref.type} ${ref.id} does not exist`);
      const tags = tagsOf(row);
      const owner = otherOwner(tags, target);
      if (owner)
        throw new ProviderOperationError(
          "NotOwned",
          `${ref.id} belongs to ${owner}; Plagentic leaves it alone`
        );
      const adopted = JSON.stringify({
        ...withoutOwnershipTags(tags),
        ...ownershipTags(target, ref.address)
      });
      updateResource.run(row.attributes, adopted, now(), row.id);
    }
  );
  const deleteTx = db.transaction(
    (target, resource) => {
      const row = selectById.get(resource.id);
      if (!row) return;
      if (!ownedAt(tagsOf(row), target, resource.address)) throw notOwned(row, resource.address, target);
      const dependents = selectDependents.all(row.id, row.id);
      if (dependents.length > 0) {
        throw new ProviderOperationError(
          "DependencyViolation",
          `resource ${row.id} has a dependent object: ${dependents.map((d) => d.id).join(", ")}`
        );
      }
      deleteResource.run(row.id);
    }
  );
  return {
    name: "sandbox",
    capabilities: { applies: "*" },
    async readLive(target) {
      const shareTag = `$."${OWNER_TAG_SHARE_PREFIX}${repositoryKey(target.repository)}"`;
      return selectOwned.all(target.environment, target.repository, shareTag, target.repository).map((row) => ({ row, tags: tagsOf(row) })).filter(({ tags }) => ownedBy(tags, target)).map(({ row, tags }) => liveOf(row, tags));
    },
    async create(op) {
      await latency();
      return createTx.immediate(op);
    },
    async update(op) {
      await latency();
      return updateTx.immediate(op);
    },
    async delete(target, resource) {
      await latency();
      deleteTx.immediate(target, resource);
    },
    async readById(_target, ref) {
      const row = selectById.get(ref.id);
      if (!row || row.type !== ref.type) return void 0;
      const tags = tagsOf(row);
      return { live: { ...liveOf(row, tags), address: ref.address }, tags };
    },
    async adopt(target, ref) {
      adoptTx.immediate(target, ref);
    },
    async close() {
    }
  };
}
function tagsOf(row) {
  const tags = {};
  const stored = JSON.parse(row.tags);
  for (const [key, value] of Object.entries(stored)) {
    tags[key] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return tags;
}
function notOwned(row, address, target) {
  return new ProviderOperationError(
    "NotOwned",
    `${row.type} ${row.id} is not ${address} of environment ${target.environment} of ${target.repository}; Plagentic leaves it alone`
  );
}
function liveOf(row, stored) {
  const attributes = JSON.parse(row.attributes);
  const tags = withoutOwnershipTags(stored ?? tagsOf(row));
  return { address: row.address ?? "", type: row.type, id: row.id, attributes, tags };
}
export {
  createSandboxProvider
};
