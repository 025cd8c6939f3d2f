/**
 * A small EC2 Query-protocol fake behind nock (and an ELBv2 with no load balancers): form-encoded POSTs in, XML with `<item>` lists
 * out. It keeps a few resources, pages by MaxResults/NextToken, honours RunInstances'
 * ClientToken and records every call, so tests can count calls and inspect what was sent.
 */
import nock from "nock";

export interface FakeTag {
  key: string;
  value: string;
}
export interface FakeInstance {
  id: string;
  type: string;
  ami: string;
  state: string;
  subnet?: string;
  groups: string[];
  tags: FakeTag[];
  /** While pending with `pendingMs` set: when it starts running, on the fake's clock. */
  readyAt?: number;
}
export interface FakeNamed {
  id: string;
  tags: FakeTag[];
}
export interface Call {
  action: string;
  params: URLSearchParams;
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const items = (xs: string[]): string => xs.map((x) => `<item>${x}</item>`).join("");
const tagSet = (tags: FakeTag[]): string =>
  `<tagSet>${items(tags.map((t) => `<key>${esc(t.key)}</key><value>${esc(t.value)}</value>`))}</tagSet>`;

/** The repository the tests' targets act for. */
export const REPOSITORY = "octo/payments";

export function ownerTags(
  environment: string,
  address: string,
  extra: FakeTag[] = [],
  repository = REPOSITORY,
): FakeTag[] {
  return [
    { key: "plagentic:environment", value: environment },
    { key: "plagentic:repository", value: repository },
    { key: "plagentic:address", value: address },
    ...extra,
  ];
}

export class FakeEc2 {
  readonly calls: Call[] = [];
  instances: FakeInstance[] = [];
  vpcs: FakeNamed[] = [];
  subnets: FakeNamed[] = [];
  groups: FakeNamed[] = [];
  /** Served page size when smaller than the MaxResults asked for (to force pagination). */
  pageSize = Infinity;
  /** Errors to answer with, per action, before behaving normally (one entry per call). */
  failures = new Map<string, { status: number; code: string }[]>();
  /**
   * How long a launched instance stays pending, on `now`'s clock, as a real one does for tens of
   * seconds; unset, it runs from the next describe on.
   */
  pendingMs: number | undefined;
  now: () => number = () => Date.now();
  private tokens = new Map<string, string>();
  private seq = 0;

  constructor(readonly endpoint = "https://ec2.fake.test") {}

  count(action: string): number {
    return this.calls.filter((c) => c.action === action).length;
  }

  install(): nock.Scope {
    // The provider asks the tagging API whether the environment holds resources of optional
    // types (Lambda, RDS...); this fake's environments hold none, and these calls are not EC2's.
    nock(/^https:\/\/tagging\.[a-z0-9-]+\.amazonaws\.com/)
      .persist()
      .post("/")
      .reply(
        200,
        { ResourceTagMappingList: [], PaginationToken: "" },
        {
          "content-type": "application/x-amz-json-1.1",
        },
      );
    return nock(this.endpoint)
      .persist()
      .post("/")
      .reply(async (req: Request) => {
        const params = new URLSearchParams(await req.text());
        const action = params.get("Action") ?? "";
        this.calls.push({ action, params });
        const missing = listParam(params, "InstanceId").find(
          (id) => !this.instances.some((i) => i.id === id),
        );
        if (missing) return [400, errorXml("InvalidInstanceID.NotFound"), { "content-type": "text/xml" }];
        const queued = this.failures.get(action)?.shift();
        if (queued) return [queued.status, errorXml(queued.code), { "content-type": "text/xml" }];
        return [200, this.answer(action, params), { "content-type": "text/xml" }];
      });
  }

  /**
   * The Resource Groups Tagging API's GetResources (JSON protocol) over the same resources, as
   * ARNs: what the AWS provider's discovery asks. Recorded in `calls` like the EC2 calls.
   */
  installTagging(endpoint = "https://tagging.fake.test"): nock.Scope {
    return nock(endpoint)
      .persist()
      .post("/")
      .reply(async (req: Request) => {
        const body = JSON.parse(await req.text()) as {
          TagFilters?: { Key: string; Values?: string[] }[];
          ResourceTypeFilters?: string[];
          ResourcesPerPage?: number;
          PaginationToken?: string;
        };
        const action = (req.headers.get("x-amz-target") ?? "").split(".").pop() ?? "";
        this.calls.push({ action, params: new URLSearchParams() });
        const arn = (kind: string, id: string) => `arn:aws:ec2:us-east-1:123456789012:${kind}/${id}`;
        const all = [
          ...this.vpcs.map((r) => ({ arn: arn("vpc", r.id), tags: r.tags })),
          ...this.subnets.map((r) => ({ arn: arn("subnet", r.id), tags: r.tags })),
          ...this.groups.map((r) => ({ arn: arn("security-group", r.id), tags: r.tags })),
          ...this.instances
            .filter((i) => i.state !== "terminated")
            .map((r) => ({ arn: arn("instance", r.id), tags: r.tags })),
        ].filter(
          (r) =>
            (body.TagFilters ?? []).every((f) =>
              r.tags.some((t) => t.key === f.Key && (!f.Values?.length || f.Values.includes(t.value))),
            ) &&
            (!body.ResourceTypeFilters?.length ||
              body.ResourceTypeFilters.some((type) => r.arn.includes(`:${type.split(":")[1]}/`))),
        );
        const start = Number(body.PaginationToken || "0");
        const end = start + (body.ResourcesPerPage ?? 50);
        return [
          200,
          JSON.stringify({
            ResourceTagMappingList: all.slice(start, end).map((r) => ({
              ResourceARN: r.arn,
              Tags: r.tags.map((t) => ({ Key: t.key, Value: t.value })),
            })),
            PaginationToken: end < all.length ? String(end) : "",
          }),
          { "content-type": "application/x-amz-json-1.1" },
        ];
      });
  }

  private answer(action: string, p: URLSearchParams): string {
    switch (action) {
      case "StopInstances":
      case "StartInstances":
      case "TerminateInstances": {
        const state = {
          StopInstances: "stopped",
          StartInstances: "running",
          TerminateInstances: "terminated",
        }[action];
        for (const id of listParam(p, "InstanceId")) {
          const inst = this.instances.find((i) => i.id === id);
          if (inst) inst.state = state;
        }
        return response(action, "<instancesSet/>");
      }
      case "ModifyInstanceAttribute": {
        const inst = this.instances.find((i) => i.id === p.get("InstanceId"));
        if (inst && p.has("InstanceType.Value")) inst.type = p.get("InstanceType.Value")!;
        return response(action, "<return>true</return>");
      }
      case "DescribeInstances": {
        const now = this.now();
        for (const i of this.instances)
          if (i.state === "pending" && i.readyAt !== undefined && i.readyAt <= now) i.state = "running";
        const ids = listParam(p, "InstanceId");
        const all =
          ids.length > 0
            ? this.instances.filter((i) => ids.includes(i.id))
            : this.filtered(this.instances, p);
        const { page, next } = this.page(all, p);
        const body = items(
          page.map(
            (i) =>
              `<reservationId>r-${i.id}</reservationId><instancesSet>${items([instanceXml(i)])}</instancesSet>`,
          ),
        );
        return response(action, `<reservationSet>${body}</reservationSet>${nextXml(next)}`);
      }
      case "RunInstances": {
        const token = p.get("ClientToken") ?? `anon-${this.seq}`;
        let id = this.tokens.get(token);
        if (!id) {
          id = `i-0${(++this.seq).toString(16).padStart(16, "0")}`;
          this.tokens.set(token, id);
          this.instances.push({
            id,
            type: p.get("InstanceType") ?? "",
            ami: p.get("ImageId") ?? "",
            state: "pending",
            ...(p.get("NetworkInterface.1.SubnetId") && { subnet: p.get("NetworkInterface.1.SubnetId")! }),
            groups: listParam(p, "NetworkInterface.1.SecurityGroupId"),
            tags: tagsOf(p, "instance"),
          });
        }
        const inst = this.instances.find((i) => i.id === id)!;
        const xml = instanceXml(inst);
        // EC2 reports the instance as running from the next describe on, or after pendingMs.
        if (this.pendingMs === undefined) inst.state = "running";
        else if (inst.state === "pending") inst.readyAt ??= this.now() + this.pendingMs;
        return response(
          action,
          `<reservationId>r-${id}</reservationId><instancesSet>${items([xml])}</instancesSet>`,
        );
      }
      case "DescribeVpcs":
        return this.named(
          action,
          "vpcSet",
          this.vpcs,
          p,
          "VpcId",
          (v) =>
            `<vpcId>${v.id}</vpcId><state>available</state><cidrBlock>10.0.0.0/16</cidrBlock><instanceTenancy>default</instanceTenancy>`,
        );
      case "DescribeSubnets":
        return this.named(
          action,
          "subnetSet",
          this.subnets,
          p,
          "SubnetId",
          (s) =>
            `<subnetId>${s.id}</subnetId><state>available</state><vpcId>vpc-1</vpcId><cidrBlock>10.0.1.0/24</cidrBlock><availabilityZone>us-east-1a</availabilityZone><mapPublicIpOnLaunch>false</mapPublicIpOnLaunch>`,
        );
      case "DescribeSecurityGroups":
        return this.named(
          action,
          "securityGroupInfo",
          this.groups,
          p,
          "GroupId",
          (g) =>
            `<groupId>${g.id}</groupId><groupName>${g.id}</groupName><groupDescription>d</groupDescription><vpcId>vpc-1</vpcId><ipPermissions/><ipPermissionsEgress/>`,
        );
      case "DescribeVpcAttribute": {
        const attr = p.get("Attribute") ?? "";
        return response(
          action,
          `<vpcId>${p.get("VpcId")}</vpcId><${attr}><value>${attr === "enableDnsSupport"}</value></${attr}>`,
        );
      }
      case "DescribeVolumes":
        return response(action, `<volumeSet/>`);
      // ELBv2 speaks the same Query protocol, with a Result wrapper; the fake holds no load balancers.
      case "DescribeLoadBalancers":
        return `<?xml version="1.0" encoding="UTF-8"?><DescribeLoadBalancersResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><DescribeLoadBalancersResult><LoadBalancers/></DescribeLoadBalancersResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></DescribeLoadBalancersResponse>`;
      default:
        return response(action, "<return>true</return>");
    }
  }

  private named(
    action: string,
    set: string,
    all: FakeNamed[],
    p: URLSearchParams,
    idParam: string,
    fields: (r: FakeNamed) => string,
  ): string {
    const ids = listParam(p, idParam);
    const matched = ids.length > 0 ? all.filter((r) => ids.includes(r.id)) : this.filtered(all, p);
    const { page, next } = this.page(matched, p);
    return response(
      action,
      `<${set}>${items(page.map((r) => fields(r) + tagSet(r.tags)))}</${set}>${nextXml(next)}`,
    );
  }

  /** Applies `tag:` filters, instance-state-name and the id filters, the only ones the provider sends. */
  private filtered<T extends { id: string; tags: FakeTag[]; state?: string }>(
    all: T[],
    p: URLSearchParams,
  ): T[] {
    let out = all;
    for (let n = 1; p.has(`Filter.${n}.Name`); n++) {
      const name = p.get(`Filter.${n}.Name`)!;
      const values = listParam(p, `Filter.${n}.Value`);
      if (name.startsWith("tag:")) {
        const key = name.slice(4);
        out = out.filter((r) => r.tags.some((t) => t.key === key && values.includes(t.value)));
      } else if (name === "instance-state-name") {
        out = out.filter((r) => r.state === undefined || values.includes(r.state));
      } else if (name === "instance-id" || name === "volume-id") {
        out = out.filter((r) => values.includes(r.id));
      }
    }
    return out;
  }

  private page<T>(all: T[], p: URLSearchParams): { page: T[]; next: string | undefined } {
    const start = Number(p.get("NextToken") ?? "0");
    const max = Math.min(Number(p.get("MaxResults") ?? "1000"), this.pageSize);
    const end = start + max;
    return { page: all.slice(start, end), next: end < all.length ? String(end) : undefined };
  }
}

function listParam(p: URLSearchParams, prefix: string): string[] {
  const out: string[] = [];
  for (let n = 1; p.has(`${prefix}.${n}`); n++) out.push(p.get(`${prefix}.${n}`)!);
  return out;
}

function tagsOf(p: URLSearchParams, resourceType: string): FakeTag[] {
  for (let n = 1; p.has(`TagSpecification.${n}.ResourceType`); n++) {
    if (p.get(`TagSpecification.${n}.ResourceType`) !== resourceType) continue;
    const tags: FakeTag[] = [];
    for (let m = 1; p.has(`TagSpecification.${n}.Tag.${m}.Key`); m++)
      tags.push({
        key: p.get(`TagSpecification.${n}.Tag.${m}.Key`)!,
        value: p.get(`TagSpecification.${n}.Tag.${m}.Value`) ?? "",
      });
    return tags;
  }
  return [];
}

function instanceXml(i: FakeInstance): string {
  const groups = items(i.groups.map((g) => `<groupId>${g}</groupId><groupName>${g}</groupName>`));
  return (
    `<instanceId>${i.id}</instanceId><imageId>${i.ami}</imageId>` +
    `<instanceState><code>16</code><name>${i.state}</name></instanceState>` +
    `<instanceType>${i.type}</instanceType>${i.subnet ? `<subnetId>${i.subnet}</subnetId>` : ""}` +
    `<groupSet>${groups}</groupSet>${tagSet(i.tags)}`
  );
}

function response(action: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-1</requestId>${body}</${action}Response>`;
}

function nextXml(next: string | undefined): string {
  return next === undefined ? "" : `<nextToken>${next}</nextToken>`;
}

function errorXml(code: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code}</Code><Message>${code} from the fake</Message></Error></Errors><RequestID>req-err</RequestID></Response>`;
}

/** `count` instances of the environment, already running, each with its own address. */
export function runningInstances(environment: string, count: number): FakeInstance[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `i-0${k.toString(16).padStart(16, "0")}`,
    type: "t3.micro",
    ami: "ami-0abcdef1234567890",
    state: "running",
    subnet: "subnet-1",
    groups: ["sg-1"],
    tags: ownerTags(environment, `aws_instance.web[${k}]`, [
      { key: "plagentic:unset", value: "root_block_device,metadata_options" },
    ]),
  }));
}
