/**
 * Bulk reads of an environment: one paginated Describe call per resource kind, filtered on the
 * server by the ownership tag, so API calls grow with pages and not with resources.
 */
import { DescribeInstancesCommand, DescribeNatGatewaysCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVolumesCommand, DescribeVpcsCommand, } from "@aws-sdk/client-ec2";
import { toProviderError } from "./errors.js";
import { environmentFilter } from "./tags.js";
/** Largest page EC2 serves for these calls (DescribeVolumes stops at 500). */
export const PAGE_SIZE = 1000;
export const VOLUME_PAGE_SIZE = 500;
/** States an instance no longer counts as live in. */
export const LIVE_INSTANCE_STATES = ["pending", "running", "stopping", "stopped"];
export async function allPages(what, fetch) {
    const out = [];
    let token;
    do {
        let page;
        try {
            page = await fetch(token);
        }
        catch (e) {
            throw toProviderError(e, `reading ${what}`);
        }
        out.push(...(page.items ?? []));
        token = page.next || undefined;
    } while (token !== undefined);
    return out;
}
export function listVpcs(client, environment) {
    return allPages("VPCs", async (NextToken) => {
        const r = await client.send(new DescribeVpcsCommand({
            Filters: [environmentFilter(environment)],
            MaxResults: PAGE_SIZE,
            NextToken,
        }));
        return { items: r.Vpcs, next: r.NextToken };
    });
}
export function listSubnets(client, environment) {
    return allPages("subnets", async (NextToken) => {
        const r = await client.send(new DescribeSubnetsCommand({
            Filters: [environmentFilter(environment)],
            MaxResults: PAGE_SIZE,
            NextToken,
        }));
        return { items: r.Subnets, next: r.NextToken };
    });
}
export function listSecurityGroups(client, environment) {
    return allPages("security groups", async (NextToken) => {
        const r = await client.send(new DescribeSecurityGroupsCommand({
            Filters: [environmentFilter(environment)],
            MaxResults: PAGE_SIZE,
            NextToken,
        }));
        return { items: r.SecurityGroups, next: r.NextToken };
    });
}
export function listInstances(client, environment) {
    const Filters = [
        environmentFilter(environment),
        { Name: "instance-state-name", Values: LIVE_INSTANCE_STATES },
    ];
    return allPages("instances", async (NextToken) => {
        const r = await client.send(new DescribeInstancesCommand({ Filters, MaxResults: PAGE_SIZE, NextToken }));
        return { items: (r.Reservations ?? []).flatMap((res) => res.Instances ?? []), next: r.NextToken };
    });
}
export function listVolumes(client, environment) {
    return allPages("volumes", async (NextToken) => {
        const r = await client.send(new DescribeVolumesCommand({
            Filters: [environmentFilter(environment)],
            MaxResults: VOLUME_PAGE_SIZE,
            NextToken,
        }));
        return { items: r.Volumes, next: r.NextToken };
    });
}
/**
 * The instances among `ids` EC2 lists now, in any state. A filter rather than InstanceIds: an id
 * EC2 does not know yet (just launched) is then left out instead of failing the whole call.
 */
export function describeInstancesById(client, ids) {
    const Filters = [{ Name: "instance-id", Values: [...ids] }];
    return allPages("instances", async (NextToken) => {
        const r = await client.send(new DescribeInstancesCommand({ Filters, MaxResults: PAGE_SIZE, NextToken }));
        return { items: (r.Reservations ?? []).flatMap((res) => res.Instances ?? []), next: r.NextToken };
    });
}
/** The volumes among `ids` EC2 lists now (a filter, for the same reason as above). */
export function describeVolumesById(client, ids) {
    const Filters = [{ Name: "volume-id", Values: [...ids] }];
    return allPages("volumes", async (NextToken) => {
        const r = await client.send(new DescribeVolumesCommand({ Filters, MaxResults: VOLUME_PAGE_SIZE, NextToken }));
        return { items: r.Volumes, next: r.NextToken };
    });
}
/** The NAT gateways among `ids` EC2 lists now (a filter, for the same reason as above). */
export function describeNatGatewaysById(client, ids) {
    const Filter = [{ Name: "nat-gateway-id", Values: [...ids] }];
    return allPages("NAT gateways", async (NextToken) => {
        const r = await client.send(new DescribeNatGatewaysCommand({ Filter, MaxResults: PAGE_SIZE, NextToken }));
        return { items: r.NatGateways, next: r.NextToken };
    });
}
