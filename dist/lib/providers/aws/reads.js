/**
 * Bulk reads of an environment: one paginated Describe call per resource kind, filtered on the
 * server by the ownership tag, so API calls grow with pages and not with resources.
 */
import { DescribeInstancesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVolumesCommand, DescribeVpcsCommand, } from "@aws-sdk/client-ec2";
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
