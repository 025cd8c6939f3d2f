/**
 * The GCP handler table: every type the GCP provider applies, one handler each. Adding a type is
 * one file in this folder and one row here.
 */
import type { HandlerTable } from "../../provider.js";
import type { GcpContext } from "../context.js";
import { disk } from "./disk.js";
import { firewall } from "./firewall.js";
import { instance } from "./instance.js";
import { network } from "./network.js";
import { subnetwork } from "./subnetwork.js";

export const GCP_HANDLERS: HandlerTable<GcpContext> = {
  google_compute_network: network,
  google_compute_subnetwork: subnetwork,
  google_compute_firewall: firewall,
  google_compute_instance: instance,
  google_compute_disk: disk,
};
