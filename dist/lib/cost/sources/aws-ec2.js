/**
 * EC2 instance-hours and EBS volume GB-months from the AmazonEC2 regional offer files, into
 * `aws-ec2.json` (`prices[region][type]`) and `aws-ebs.json` (`regions[region][volume]`). One pass
 * over each offer feeds both files, since EBS is priced in the same offer.
 *
 * Filters (column names as in the offer CSV; see data/prices/README.md "Fresh prices"): EC2 keeps
 * `TermType = OnDemand`, `Product Family` Compute Instance (incl. bare metal), `Operating System =
 * Linux`, `Tenancy = Shared`, `Pre Installed S/W = NA`, `License Model = No License required`,
 * `CapacityStatus = Used` (the other statuses are the unused part of a capacity reservation or
 * its allocated-host rows), `Unit = Hrs`, USD. EBS keeps `Product Family = Storage`,
 * `Unit = GB-Mo` by `Volume API Name`. Rows for Local or Wavelength Zones (`Location Type`) are
 * left out, as in the regional file.
 */
import { perUnit, readOfferCsv, serviceOffers, unknownAwsRegion } from "./aws-offers.js";
import { PriceFetchError } from "./http.js";
import { mergeRegionTables, price, sortedRecord, } from "./fetcher.js";
const EC2_FAMILIES = new Set(["Compute Instance", "Compute Instance (bare metal)"]);
/** `Volume API Name` → the key `aws-ebs.json` uses. */
export const EBS_VOLUMES = {
    gp2: "gp2",
    gp3: "gp3",
    io1: "io1",
    io2: "io2",
    st1: "st1",
    sc1: "sc1",
    standard: "standard_magnetic",
};
export function isRegionRow(row, region) {
    const type = row("Location Type");
    const code = row("Region Code");
    return (type === "" || type === "AWS Region") && (code === "" || code === region);
}
export function isEc2LinuxOnDemand(row) {
    return (row("TermType") === "OnDemand" &&
        EC2_FAMILIES.has(row("Product Family")) &&
        row("Operating System") === "Linux" &&
        row("Tenancy") === "Shared" &&
        row("Pre Installed S/W") === "NA" &&
        (row("License Model") === "" || row("License Model") === "No License required") &&
        capacityStatus(row) === "Used" &&
        row("Unit") === "Hrs" &&
        row("Currency") === "USD");
}
/**
 * The offer CSV spells it `CapacityStatus` (the JSON attribute is `capacitystatus`); `Capacity
 * Status` is accepted too in case AWS aligns it with the other spaced column names.
 */
function capacityStatus(row) {
    return row("CapacityStatus") || row("Capacity Status");
}
export function ebsVolumeKey(row) {
    if (row("TermType") !== "OnDemand" || row("Product Family") !== "Storage")
        return undefined;
    if (row("Unit") !== "GB-Mo" || row("Currency") !== "USD")
        return undefined;
    return EBS_VOLUMES[row("Volume API Name")];
}
/** A cheap pre-test on a row's raw text: instance rows we keep say Linux, EBS rows GB-Mo. */
const mayBeEc2OrEbs = (line) => line.includes("Linux") || line.includes("GB-Mo");
export const awsEc2Fetcher = {
    cloud: "aws",
    title: "EC2 instances and EBS volumes",
    files: ["aws-ec2.json", "aws-ebs.json"],
    async fetch(ctx) {
        const svc = await serviceOffers(ctx, "AmazonEC2");
        if (svc.missing.length > 0)
            throw unknownAwsRegion(svc.missing, svc.listed);
        const prices = {};
        const ebs = {};
        const locations = {};
        const specs = {};
        const asOf = {};
        const fetchedAt = ctx.now().toISOString();
        for (const offer of svc.offers) {
            const ec2Here = {};
            const ebsHere = {};
            const meta = await readOfferCsv(ctx, offer.csvUrl, `AmazonEC2 ${offer.region}`, (row) => {
                if (!isRegionRow(row, offer.region))
                    return;
                const p = perUnit(row);
                if (!Number.isFinite(p) || p < 0)
                    return;
                if (isEc2LinuxOnDemand(row)) {
                    const type = row("Instance Type");
                    if (!type || type in ec2Here)
                        return;
                    ec2Here[type] = price(p);
                    locations[offer.region] ??= row("Location");
                    specs[type] ??= { vcpu: numberOrNull(row("vCPU")), memory_gib: numberOrNull(row("Memory")) };
                    return;
                }
                const volume = ebsVolumeKey(row);
                if (volume && !(volume in ebsHere))
                    ebsHere[volume] = price(p);
            }, mayBeEc2OrEbs);
            if (Object.keys(ec2Here).length === 0) {
                throw new PriceFetchError(`${offer.csvUrl}: ${meta.rows} rows but no Linux on-demand shared-tenancy instance prices; the offer format may have changed`, offer.csvUrl);
            }
            prices[offer.region] = sortedRecord(ec2Here);
            if (Object.keys(ebsHere).length > 0)
                ebs[offer.region] = sortedRecord(ebsHere);
            asOf[offer.region] = meta.publicationDate ?? fetchedAt;
        }
        const source = svc.offers.length === 1 ? svc.offers[0].csvUrl : svc.regionIndexUrl;
        const common = { provider: "aws", currency: "USD", source, region_keys: "AWS region code" };
        const ec2 = {
            name: "aws-ec2.json",
            source,
            regionAsOf: asOf,
            content: {
                ...common,
                service: "ec2",
                operating_system: "Linux",
                tenancy: "Shared",
                pre_installed_software: "NA",
                license_model: "No License required",
                purchase_option: "on_demand",
                unit: "per instance-hour",
                as_of_note: "publicationDate of each region's AmazonEC2 offer file (region_as_of); as_of is the earliest of them",
                location_names: sortedRecord(locations),
                prices: sortedRecord(prices),
                instance_specs: {
                    note: "vCPU and memory (GiB) from the offer's vCPU and Memory columns",
                    types: sortedRecord(specs),
                },
            },
            merge: (older) => mergeRegionTables(older, ec2.content, [["location_names"], ["prices"], ["instance_specs", "types"]]),
        };
        const ebsRegions = Object.keys(ebs);
        const ebsFile = {
            name: "aws-ebs.json",
            source,
            regionAsOf: Object.fromEntries(ebsRegions.map((r) => [r, asOf[r]])),
            content: {
                ...common,
                service: "ebs",
                units: Object.fromEntries(Object.values(EBS_VOLUMES).map((k) => [k, "GB-month"])),
                as_of_note: "publicationDate of each region's AmazonEC2 offer file (region_as_of)",
                note: "Volume storage per GB-month only; IOPS, throughput and snapshots are not fetched",
                regions: sortedRecord(ebs),
            },
            merge: (older) => mergeRegionTables(older, ebsFile.content, [["regions"]]),
        };
        return ebsRegions.length > 0 ? [ec2, ebsFile] : [ec2];
    },
};
/** `"8"` → 8, `"16 GiB"` → 16, `"1,952 GiB"` → 1952; anything else null. */
function numberOrNull(text) {
    const m = /^([\d,.]+)/.exec(text.trim());
    const n = m ? Number(m[1].replace(/,/g, "")) : NaN;
    return Number.isFinite(n) ? n : null;
}
