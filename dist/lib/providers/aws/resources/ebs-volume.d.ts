/**
 * `aws_ebs_volume`: CreateVolume, found again by its token tag, waited on until available; size,
 * type, IOPS and throughput change in place through ModifyVolume. Root volumes of instances carry
 * the environment's tags too (tags.ts, VOLUME_OF_TAG) and are left to their instance.
 */
import { type Volume } from "@aws-sdk/client-ec2";
import { type LiveResource } from "../../provider.js";
import { type AwsHandler } from "../context.js";
export declare const ebsVolume: AwsHandler<Volume>;
export declare function volumeLive(v: Volume): LiveResource | undefined;
