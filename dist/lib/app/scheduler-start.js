import { PlagenticError } from "../spec/errors.js";
import { acceptDelivery } from "./event-flow.js";
import { probotScheduleSource } from "./schedule-source.js";
import { createScheduler } from "./scheduler.js";
export function startScheduler(opts) {
    if (opts.env["PLAGENTIC_SCHEDULER"] === "off")
        return null;
    const raw = opts.env["PLAGENTIC_SCHEDULE_REFRESH_SECONDS"];
    const refreshSeconds = raw === undefined || raw === "" ? 300 : Number(raw);
    if (!Number.isInteger(refreshSeconds) || refreshSeconds < 1)
        throw new PlagenticError(`PLAGENTIC_SCHEDULE_REFRESH_SECONDS must be a whole number above 0, not "${raw}"`);
    const scheduler = createScheduler({
        source: probotScheduleSource(opts.probot, { env: opts.env, dataDir: opts.dataDir, log: opts.log }),
        accept: (event) => acceptDelivery(opts.state, event),
        refreshSeconds,
        log: opts.log,
    });
    scheduler.start();
    return scheduler;
}
