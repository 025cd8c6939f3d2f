/**
 * `aws_eks_cluster`: CreateCluster with the create's token as clientRequestToken, at a name derived
 * from that token (service-names.ts), so a retry finds its first attempt by name. Its id is its
 * name, which is what a node group's `cluster` holds. Waits ACTIVE after create and each update,
 * and until gone after delete, printing progress: each takes 10-15 minutes on AWS.
 */
import type { Cluster } from "@aws-sdk/client-eks";
import type { Attributes } from "../../../spec/model.js";
import { ProviderOperationError, type Found, type LiveResource } from "../../provider.js";
import { bool, str, strings } from "../attributes.js";
import { call, type AwsContext, type AwsHandler } from "../context.js";
import { errorCode, toProviderError } from "../errors.js";
import { resourceName } from "../service-names.js";
import { createTags, fromServiceTags, serviceLive, unsetValue } from "../service-tags.js";
import { TOKEN_TAG, UNSET_TAG } from "../tags.js";
import {
  convergeEksTags,
  describeCluster,
  eksOf,
  environmentClusters,
  waitForStatus,
  waitGone,
} from "./eks-api.js";

const TYPE = "aws_eks_cluster";
/** EKS cluster names are at most 100 characters. */
const NAME_LENGTH = 100;
/** Statuses of a cluster that will not serve again: the plan replaces it. */
const BROKEN = ["FAILED", "DELETING"];

export const eksCluster: AwsHandler<Cluster> = {
  type: TYPE,
  optional: true,
  taggingType: "eks:cluster",
  tokenIn: "name",

  async list(ctx, target) {
    return (await environmentClusters(ctx, target)).map(found);
  },

  async live(_ctx, owned) {
    return owned.flatMap((f) => clusterLive(f.resource) ?? []);
  },

  async read(ctx, id) {
    const c = await describeCluster(ctx, id);
    return c && found(c);
  },

  async findByToken(ctx, op) {
    const c = await describeCluster(ctx, resourceName(op, NAME_LENGTH));
    return c ? [found(c)] : [];
  },

  async create(ctx, op, earlier) {
    const { sdk, eks } = await eksOf(ctx);
    const name = resourceName(op, NAME_LENGTH);
    if (earlier && earlier.tags[TOKEN_TAG] !== op.token) {
      throw new ProviderOperationError(
        "AlreadyExists",
        `${name} holds an EKS cluster of another apply of ${op.address}; it was left untouched`,
      );
    }
    if (!earlier) {
      const a = op.attributes;
      const unset = unsetValue(op, ["version"]);
      await call(`creating ${op.address}`, () =>
        eks.send(
          new sdk.CreateClusterCommand({
            name,
            roleArn: str(a, "role_arn"),
            ...(str(a, "version") !== undefined && { version: str(a, "version") }),
            resourcesVpcConfig: {
              subnetIds: strings(a, "subnets"),
              securityGroupIds: strings(a, "security_groups"),
              endpointPublicAccess: bool(a, "endpoint_public_access", true),
              endpointPrivateAccess: bool(a, "endpoint_private_access", false),
            },
            tags: createTags(op, { [TOKEN_TAG]: op.token, ...(unset && { [UNSET_TAG]: unset }) }),
            clientRequestToken: op.token,
          }),
        ),
      );
    }
    await waitActive(ctx, op.address, name);
    return name;
  },

  async update(ctx, op, current) {
    const { sdk, eks } = await eksOf(ctx);
    const a = op.attributes;
    const c = current.resource;
    const name = op.id;
    const vpc = c.resourcesVpcConfig ?? {};
    if (str(a, "role_arn") !== c.roleArn) {
      throw new ProviderOperationError(
        "Unsupported",
        `${op.address}: EKS cannot change a cluster's role_arn; the cluster must be replaced`,
      );
    }
    const version = str(a, "version");
    if (version !== undefined && version !== c.version) {
      await call(`upgrading ${op.address} to Kubernetes ${version}`, () =>
        eks.send(new sdk.UpdateClusterVersionCommand({ name, version })),
      );
      await waitActive(ctx, op.address, name);
    }
    // EKS takes endpoint access and subnets or groups as separate updates, one at a time.
    const publicAccess = bool(a, "endpoint_public_access", true);
    const privateAccess = bool(a, "endpoint_private_access", false);
    if (
      publicAccess !== (vpc.endpointPublicAccess ?? true) ||
      privateAccess !== (vpc.endpointPrivateAccess ?? false)
    ) {
      await call(`changing endpoint access of ${op.address}`, () =>
        eks.send(
          new sdk.UpdateClusterConfigCommand({
            name,
            resourcesVpcConfig: { endpointPublicAccess: publicAccess, endpointPrivateAccess: privateAccess },
          }),
        ),
      );
      await waitActive(ctx, op.address, name);
    }
    const subnets = strings(a, "subnets");
    const groups = strings(a, "security_groups");
    if (!sameSet(subnets, vpc.subnetIds) || !sameSet(groups, vpc.securityGroupIds)) {
      await call(`changing subnets and security groups of ${op.address}`, () =>
        eks.send(
          new sdk.UpdateClusterConfigCommand({
            name,
            resourcesVpcConfig: { subnetIds: subnets, securityGroupIds: groups },
          }),
        ),
      );
      await waitActive(ctx, op.address, name);
    }
    await convergeEksTags(ctx, c.arn, current.tags, op, { [UNSET_TAG]: unsetValue(op, ["version"]) });
  },

  async delete(ctx, _target, { id, address }, current) {
    const { sdk, eks } = await eksOf(ctx);
    if (current.resource.status !== "DELETING") {
      try {
        await eks.send(new sdk.DeleteClusterCommand({ name: id }));
      } catch (e) {
        if (errorCode(e) === "ResourceInUseException") {
          throw new ProviderOperationError(
            "ResourceInUse",
            `${address} (${id}) still has node groups or Fargate profiles; EKS deletes a cluster only once they are gone`,
          );
        }
        if (errorCode(e) !== "ResourceNotFoundException")
          throw toProviderError(e, `deleting ${address} (${id})`);
      }
    }
    await waitGone(ctx, `${address} (EKS cluster ${id})`, () => describeCluster(ctx, id));
  },
};

function found(c: Cluster): Found<Cluster> {
  return { id: c.name!, tags: fromServiceTags(c.tags), resource: c };
}

function waitActive(ctx: AwsContext, address: string, name: string): Promise<Cluster> {
  return waitForStatus(ctx, `${address} (EKS cluster ${name})`, "ACTIVE", ["FAILED"], () =>
    describeCluster(ctx, name),
  );
}

export function clusterLive(c: Cluster): LiveResource | undefined {
  const vpc = c.resourcesVpcConfig ?? {};
  const attributes: Attributes = {
    role_arn: c.roleArn ?? "",
    ...(c.version !== undefined && { version: c.version }),
    subnets: vpc.subnetIds ?? [],
    security_groups: vpc.securityGroupIds ?? [],
    endpoint_public_access: vpc.endpointPublicAccess ?? true,
    endpoint_private_access: vpc.endpointPrivateAccess ?? false,
  };
  const state = c.status !== undefined && BROKEN.includes(c.status) ? c.status : undefined;
  return serviceLive(TYPE, c.name!, fromServiceTags(c.tags), attributes, state);
}

function sameSet(want: readonly string[], have: readonly string[] | undefined): boolean {
  const h = [...(have ?? [])].sort();
  const w = [...want].sort();
  return w.length === h.length && w.every((x, i) => x === h[i]);
}
