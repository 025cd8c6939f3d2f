/** The ARM body of a Linux virtual machine: hardware, OS profile (SSH keys), storage and NICs. */
import type { Attributes } from "../../spec/model.js";
import { type ArmBody, type ArmContext } from "./model.js";
export declare function virtualMachineBody(a: Attributes, ctx: ArmContext): ArmBody;
