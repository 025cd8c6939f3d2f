import { verify } from "@octokit/webhooks-methods";
import { RefusedEvent } from "./event-flow.js";
/** GitHub caps payloads at 25 MB. */
const MAX_BYTES = 25 * 1024 * 1024;
export function webhookIntake(opts) {
    const maxBytes = opts.maxBytes ?? MAX_BYTES;
    return (req, res) => {
        if (req.method !== "POST")
            return answer(res, 404, "not found");
        const name = header(req, "x-github-event");
        const id = header(req, "x-github-delivery");
        const signature = header(req, "x-hub-signature-256");
        const missing = [
            ...(name ? [] : ["x-github-event"]),
            ...(id ? [] : ["x-github-delivery"]),
            ...(signature ? [] : ["x-hub-signature-256"]),
        ];
        if (missing.length > 0)
            return answer(res, 400, `required headers missing: ${missing.join(", ")}`);
        if (!/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
            return answer(res, 415, "content-type must be application/json");
        const chunks = [];
        let size = 0;
        let refused = false;
        req.on("data", (chunk) => {
            if (refused)
                return;
            size += chunk.length;
            if (size > maxBytes) {
                refused = true;
                answer(res, 413, "payload too large");
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on("end", () => {
            if (refused)
                return;
            const body = Buffer.concat(chunks).toString("utf8");
            void verify(opts.secret, body, signature).then((valid) => {
                if (!valid)
                    return answer(res, 400, "signature does not match event payload and secret");
                let payload;
                try {
                    payload = JSON.parse(body);
                }
                catch {
                    return answer(res, 400, "payload is not JSON");
                }
                const event = { id: id, name: name, payload };
                opts.accept(event).then(() => answer(res, 202, "accepted"), (e) => {
                    if (e instanceof RefusedEvent)
                        return answer(res, 400, e.message);
                    opts.onError(event, e);
                    answer(res, 503, "the event could not be queued; redeliver it");
                });
            }, () => answer(res, 400, "signature does not match event payload and secret"));
        });
        req.on("error", () => answer(res, 400, "the request broke off"));
    };
}
function header(req, name) {
    const value = req.headers[name];
    return typeof value === "string" && value !== "" ? value : undefined;
}
function answer(res, status, message) {
    if (res.headersSent)
        return;
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ message }));
}
