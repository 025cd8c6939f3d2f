/**
 * The key that authenticates plan records (markers.ts). It must be a secret that neither a user
 * nor a model can read, or a record could be forged and applied:
 * - `PLAGENTIC_RECORD_KEY` when set (the Action's `record-key` input, from a repository secret);
 * - otherwise, for the App, derived from its private key and webhook secret, which only the App
 *   holds;
 * - otherwise none: the Action then falls back to a key anyone could compute, and records are
 *   protected only by where they sit and by neutralization (see neutralize.ts). It says so once.
 */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
const LABEL = "plagentic plan record key v2";
const MIN_SECRET_LENGTH = 16;
export function recordKeyFromEnv(env, repository) {
    const explicit = env["PLAGENTIC_RECORD_KEY"]?.trim();
    if (explicit) {
        if (explicit.length < MIN_SECRET_LENGTH)
            throw new Error(`PLAGENTIC_RECORD_KEY must be at least ${MIN_SECRET_LENGTH} characters long`);
        return { key: derive(explicit), secret: true };
    }
    const privateKey = env["PRIVATE_KEY"] ??
        (env["PRIVATE_KEY_PATH"] ? readFileSync(env["PRIVATE_KEY_PATH"], "utf8") : undefined);
    if (privateKey)
        return { key: derive(`${privateKey}\n${env["WEBHOOK_SECRET"] ?? ""}`), secret: true };
    return { key: derive(`public fallback for ${repository.toLowerCase()}`), secret: false };
}
function derive(material) {
    return createHmac("sha256", LABEL).update(material).digest();
}
