/**
 * `aws_nat_gateway`: CreateNatGateway in its subnet with its Elastic IP, waited on until
 * available; a delete waits until it is deleted, so that releasing its address next succeeds.
 * Every property is fixed at create, so an update only converges tags.
 */
import { type NatGateway } from "@aws-sdk/client-ec2";
import { type LiveResource } from "../../provider.js";
import { type AwsHandler } from "../context.js";
export declare const natGateway: AwsHandler<NatGateway>;
export declare function natGatewayLive(g: NatGateway): LiveResource | undefined;
