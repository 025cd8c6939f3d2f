/**
 * RDS instance-hours and storage GB-months for the open-source engines from the AmazonRDS regional
 * offer files, into `aws-rds.json` (`instances.engines[engine][region][class][deployment]`,
 * `storage.regions[region][<volume>_<deployment>]`).
 *
 * Filters: `TermType = OnDemand`, USD; instances `Product Family = Database Instance`,
 * `Database Engine` PostgreSQL / MySQL / MariaDB (Aurora is another engine name and is left out),
 * `Deployment Option` Single-AZ / Multi-AZ, `License Model = No license required`, `Unit = Hrs`;
 * storage `Product Family = Database Storage`, `Volume Type` General Purpose (gp2),
 * General Purpose-GP3, Provisioned IOPS (io1), Provisioned IOPS-IO2, Magnetic, `Unit = GB-Mo`.
 */
import { perUnit, readOfferCsv, serviceOffers } from "./aws-offers.js";
import { isRegionRow } from "./aws-ec2.js";
import { mergeRegionTables, price, sortedRecord } from "./fetcher.js";
import { PriceFetchError } from "./http.js";
const ENGINES = { PostgreSQL: "postgres", MySQL: "mysql", MariaDB: "mariadb" };
const DEPLOYMENTS = { "Single-AZ": "single_az", "Multi-AZ": "multi_az" };
const VOLUMES = {
    "General Purpose": "gp2",
    "General Purpose-GP3": "gp3",
    "Provisioned IOPS": "io1",
    "Provisioned IOPS-IO2": "io2",
    Magnetic: "magnetic",
};
export const awsRdsFetcher = {
    cloud: "aws",
    title: "RDS (PostgreSQL, MySQL, MariaDB)",
    files: ["aws-rds.json"],
    async fetch(ctx) {
        const svc = await serviceOffers(ctx, "AmazonRDS");
        if (svc.missing.length > 0)
            ctx.note(`RDS has no price list for ${svc.missing.join(", ")}; skipped`);
        const engines = { postgres: {}, mysql: {}, mariadb: {} };
        const storage = {};
        const asOf = {};
        const fetchedAt = ctx.now().toISOString();
        for (const offer of svc.offers) {
            const here = { postgres: {}, mysql: {}, mariadb: {} };
            const storageHere = {};
            const meta = await readOfferCsv(ctx, offer.csvUrl, `AmazonRDS ${offer.region}`, (row) => {
                if (row("TermType") !== "OnDemand" || row("Currency") !== "USD" || !isRegionRow(row, offer.region))
                    return;
                const deployment = DEPLOYMENTS[row("Deployment Option")];
                const p = perUnit(row);
                if (!deployment || !Number.isFinite(p) || p < 0)
                    return;
                const family = row("Product Family");
                if (family === "Database Instance" && row("Unit") === "Hrs") {
                    const engine = ENGINES[row("Database Engine")];
                    const cls = row("Instance Type");
                    if (!engine || !cls || row("License Model") !== "No license required")
                        return;
                    const byDeployment = (here[engine][cls] ??= {});
                    byDeployment[deployment] ??= price(p);
                }
                else if (family === "Database Storage" && row("Unit") === "GB-Mo") {
                    // Storage rows are the same for the three engines (and some say "Any"); the first wins.
                    const engine = row("Database Engine");
                    if (engine !== "Any" && !(engine in ENGINES))
                        return;
                    const volume = VOLUMES[row("Volume Type")];
                    if (volume)
                        storageHere[`${volume}_${deployment}`] ??= price(p);
                }
            });
            const classes = Object.values(here).reduce((n, e) => n + Object.keys(e).length, 0);
            if (classes === 0) {
                throw new PriceFetchError(`${offer.csvUrl}: ${meta.rows} rows but no PostgreSQL, MySQL or MariaDB instance prices; the offer format may have changed`, offer.csvUrl);
            }
            for (const [engine, table] of Object.entries(here)) {
                if (Object.keys(table).length > 0)
                    engines[engine][offer.region] = sortedRecord(table);
            }
            if (Object.keys(storageHere).length > 0)
                storage[offer.region] = sortedRecord(storageHere);
            asOf[offer.region] = meta.publicationDate ?? fetchedAt;
        }
        if (svc.offers.length === 0)
            return [];
        const source = svc.offers.length === 1 ? svc.offers[0].csvUrl : svc.regionIndexUrl;
        const file = {
            name: "aws-rds.json",
            source,
            regionAsOf: asOf,
            content: {
                provider: "aws",
                service: "rds",
                currency: "USD",
                purchase_option: "on_demand",
                license: "No license required (open-source engines)",
                source,
                as_of_note: "publicationDate of each region's AmazonRDS offer file (region_as_of)",
                region_keys: "AWS region code",
                instances: {
                    unit: "per instance-hour",
                    deployment_keys: {
                        single_az: "Single-AZ instance",
                        multi_az: "Multi-AZ instance deployment (one standby), price is for the pair",
                    },
                    engines: Object.fromEntries(Object.entries(engines).map(([e, t]) => [e, sortedRecord(t)])),
                },
                storage: {
                    unit: "per GB-month",
                    note: "gp2/gp3/io1/io2/magnetic by deployment; IOPS and throughput above the baseline are not fetched",
                    regions: sortedRecord(storage),
                },
            },
            merge: (older) => mergeRegionTables(older, file.content, [
                ["instances", "engines", "postgres"],
                ["instances", "engines", "mysql"],
                ["instances", "engines", "mariadb"],
                ["storage", "regions"],
            ]),
        };
        return [file];
    },
};
