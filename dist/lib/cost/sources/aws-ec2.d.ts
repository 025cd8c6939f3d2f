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
import { type OfferRow } from "./aws-offers.js";
import { type PriceFetcher } from "./fetcher.js";
/** `Volume API Name` → the key `aws-ebs.json` uses. */
export declare const EBS_VOLUMES: Record<string, string>;
export declare function isRegionRow(row: OfferRow, region: string): boolean;
export declare function isEc2LinuxOnDemand(row: OfferRow): boolean;
export declare function ebsVolumeKey(row: OfferRow): string | undefined;
export declare const awsEc2Fetcher: PriceFetcher;
