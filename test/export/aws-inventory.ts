/**
 * What an environment holds in moto, read through the real AWS SDK by its ownership tag, in a form
 * that does not depend on who created it (Plagentic, CloudFormation or Terraform): types, counts
 * and key attributes, user tags without the ownership ones.
 */
import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
  type Tag,
} from "@aws-sdk/client-ec2";
import {
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { DescribeDBInstancesCommand, RDSClient } from "@aws-sdk/client-rds";
import { isOwnershipTag, OWNER_TAG_ENVIRONMENT } from "../../src/providers/ownership.js";

const CREDENTIALS = { accessKeyId: "testing", secretAccessKey: "testing" };

function userTags(tags: readonly Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? [])
    if (t.Key && !isOwnershipTag(t.Key) && !/^(aws|plagentic):/.test(t.Key)) out[t.Key] = t.Value ?? "";
  return out;
}

const envTag = (tags: readonly Tag[] | undefined): string | undefined =>
  tags?.find((t) => t.Key === OWNER_TAG_ENVIRONMENT)?.Value;

const sorted = <T>(items: T[]): T[] =>
  [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/**
 * `loadBalancerArns` counts these load balancers in whatever their tags: moto's CloudFormation
 * creates AWS::ElasticLoadBalancingV2::LoadBalancer without its Tags.
 */
export async function awsInventory(
  endpoint: string,
  environment: string,
  loadBalancerArns: readonly string[] = [],
): Promise<Record<string, unknown>> {
  const config = { region: "us-east-1", endpoint, credentials: CREDENTIALS, maxAttempts: 1 };
  const ec2 = new EC2Client(config);
  const elb = new ElasticLoadBalancingV2Client(config);
  const rds = new RDSClient(config);
  try {
    const Filters = [{ Name: `tag:${OWNER_TAG_ENVIRONMENT}`, Values: [environment] }];
    const vpcs = (await ec2.send(new DescribeVpcsCommand({ Filters }))).Vpcs ?? [];
    const subnets = (await ec2.send(new DescribeSubnetsCommand({ Filters }))).Subnets ?? [];
    const groups = (await ec2.send(new DescribeSecurityGroupsCommand({ Filters }))).SecurityGroups ?? [];
    const reservations = (await ec2.send(new DescribeInstancesCommand({ Filters }))).Reservations ?? [];
    const instances = reservations
      .flatMap((r) => r.Instances ?? [])
      .filter((i) => i.State?.Name !== "terminated");
    const lbs = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? [];
    const lbTags =
      lbs.length === 0
        ? []
        : ((await elb.send(new DescribeTagsCommand({ ResourceArns: lbs.map((l) => l.LoadBalancerArn!) })))
            .TagDescriptions ?? []);
    const ownLbs = lbs.filter(
      (l) =>
        loadBalancerArns.includes(l.LoadBalancerArn!) ||
        envTag(lbTags.find((t) => t.ResourceArn === l.LoadBalancerArn)?.Tags) === environment,
    );
    const dbs = ((await rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? []).filter(
      (d) => envTag(d.TagList) === environment,
    );
    const rules = (perms: (typeof groups)[number]["IpPermissions"]) =>
      sorted(
        (perms ?? []).flatMap((p) =>
          (p.IpRanges ?? []).map((r) => `${p.IpProtocol} ${p.FromPort ?? ""}-${p.ToPort ?? ""} ${r.CidrIp}`),
        ),
      );
    return {
      vpcs: sorted(vpcs.map((v) => ({ cidr: v.CidrBlock, tags: userTags(v.Tags) }))),
      subnets: sorted(
        subnets.map((s) => ({ cidr: s.CidrBlock, az: s.AvailabilityZone, tags: userTags(s.Tags) })),
      ),
      securityGroups: sorted(
        groups.map((g) => ({
          description: g.Description,
          ingress: rules(g.IpPermissions),
          egress: rules(g.IpPermissionsEgress),
          tags: userTags(g.Tags),
        })),
      ),
      instances: sorted(
        instances.map((i) => ({ type: i.InstanceType, ami: i.ImageId, tags: userTags(i.Tags) })),
      ),
      loadBalancers: sorted(
        ownLbs.map((l) => ({
          type: l.Type,
          // AWS defaults to internet-facing; moto leaves the scheme empty when a create does not name it.
          scheme: l.Scheme ?? "internet-facing",
          subnets: l.AvailabilityZones?.length ?? 0,
          tags: userTags(lbTags.find((t) => t.ResourceArn === l.LoadBalancerArn)?.Tags),
        })),
      ),
      dbInstances: sorted(
        dbs.map((d) => ({
          engine: d.Engine,
          class: d.DBInstanceClass,
          storage: d.AllocatedStorage,
          encrypted: d.StorageEncrypted,
          tags: userTags(d.TagList),
        })),
      ),
    };
  } finally {
    ec2.destroy();
    elb.destroy();
    rds.destroy();
  }
}
