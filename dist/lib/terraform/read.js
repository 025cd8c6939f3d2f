/**
 * Reading a plan JSON file from disk: the size is checked before a byte is read, so a huge or
 * endless file (a pipe, /dev/zero) is refused rather than loaded.
 */
import { open } from "node:fs/promises";
import { PlagenticError, formatNumber } from "../spec/errors.js";
import { MAX_PLAN_BYTES } from "./plan-json.js";
export async function readTerraformPlanFile(path) {
    let handle;
    try {
        handle = await open(path, "r");
    }
    catch (e) {
        const code = e.code;
        throw new PlagenticError(`${path}: cannot read the Terraform plan JSON (${code ?? String(e)}); ` +
            "give the output of `terraform show -json <planfile>`");
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new PlagenticError(`${path}: not a regular file`);
        if (stat.size > MAX_PLAN_BYTES) {
            throw new PlagenticError(`${path}: the plan JSON is ${formatNumber(stat.size)} bytes, over the limit of ${formatNumber(MAX_PLAN_BYTES)} bytes`);
        }
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
