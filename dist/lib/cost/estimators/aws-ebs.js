/** EBS volumes: size × GB-month price of the volume type, plus provisioned IOPS and throughput. */
import { numberAt, stringAt } from "../attributes.js";
import { fixedComponent } from "../components.js";
import { ebsStorage } from "../disks.js";
import { findRegional } from "../estimator.js";
/** gp3 includes 3,000 IOPS and 125 MiB/s; more is billed per IOPS-month and per MiB/s-month. */
const GP3_BASELINE = { iops: 3000, throughput: 125 };
/** io2 IOPS are billed in tiers: the first 32,000, the next 32,000, and the rest. */
const IO2_TIERS = [
    { key: "io2_iops_tier1_up_to_32000", upTo: 32_000 },
    { key: "io2_iops_tier2_32001_to_64000", upTo: 64_000 },
    { key: "io2_iops_tier3_over_64000", upTo: Number.POSITIVE_INFINITY },
];
export const awsEbsEstimators = {
    aws_ebs_volume: {
        estimate: (resource, ctx) => {
            const attrs = resource.attributes;
            const type = stringAt(attrs, "type") ?? "gp2";
            const components = [ebsStorage(ctx, numberAt(attrs, "size"), type)];
            const iops = numberAt(attrs, "iops");
            const throughput = numberAt(attrs, "throughput");
            if (type === "gp3" && iops !== undefined && iops > GP3_BASELINE.iops) {
                components.push(fixedComponent("Provisioned IOPS above 3,000", "IOPS-month", findRegional(ctx, "ebs", "gp3_iops_above_3000", "gp3 IOPS"), iops - GP3_BASELINE.iops));
            }
            if (type === "gp3" && throughput !== undefined && throughput > GP3_BASELINE.throughput) {
                // The data prices throughput per GiB/s-month; per MiB/s-month is 1/1024 of it.
                const perGibps = findRegional(ctx, "ebs", "gp3_throughput_above_125mibps_per_gibps", "gp3 throughput");
                components.push(fixedComponent("Provisioned throughput above 125 MiB/s", "MiBps-month", typeof perGibps === "string" ? perGibps : { ...perGibps, price: perGibps.price / 1024 }, throughput - GP3_BASELINE.throughput));
            }
            if (type === "io1" && iops !== undefined) {
                components.push(fixedComponent("Provisioned IOPS", "IOPS-month", findRegional(ctx, "ebs", "io1_iops", "io1 IOPS"), iops));
            }
            if (type === "io2" && iops !== undefined)
                components.push(...io2Iops(ctx, iops));
            return components;
        },
    },
};
function io2Iops(ctx, iops) {
    const components = [];
    let from = 0;
    for (const tier of IO2_TIERS) {
        if (iops <= from)
            break;
        const quantity = Math.min(iops, tier.upTo) - from;
        const found = findRegional(ctx, "ebs", tier.key, "io2 IOPS");
        const range = Number.isFinite(tier.upTo) ? `${from + 1}-${tier.upTo}` : `over ${from}`;
        components.push(fixedComponent(`Provisioned IOPS (io2, ${range})`, "IOPS-month", found, quantity));
        from = tier.upTo;
    }
    return components;
}
