/**
 * The App's clock: once a minute, for every repository of every installation, it works out whether
 * a scheduled tick is due (the config's `drift.schedule`, or hourly for preview TTLs) and queues it
 * as a `schedule` event through the same intake as webhooks. A tick's delivery id is derived from
 * the repository and the time it was due, so every replica computes the same id and the delivery
 * log lets exactly one through: with several replicas, a tick runs once.
 */
import { createHash } from "node:crypto";
import { firesBetween } from "../config/cron.js";
import { SCHEDULE_EVENT } from "../github/schedule.js";
const HOUR_MS = 3_600_000;
/** The tick due for a repository in (`from`, `to`], if any: drift on its cron, else hourly. */
export function dueTick(schedule, from, to) {
    if (schedule.drift !== undefined) {
        const at = firesBetween(schedule.drift, from, to);
        return at ? { at, drift: true } : null;
    }
    if (!schedule.hourly)
        return null;
    const hour = Math.floor(to.getTime() / HOUR_MS) * HOUR_MS;
    return hour > from.getTime() ? { at: new Date(hour), drift: false } : null;
}
/** The same on every replica for the same repository and due time; a valid delivery id. */
export function scheduleDeliveryId(repository, at) {
    const digest = createHash("sha256").update(`${repository}\n${at.toISOString()}`).digest("hex");
    return `schedule-${digest.slice(0, 40)}`;
}
export function tickEvent(repo, tick) {
    const fullName = `${repo.owner}/${repo.name}`;
    return {
        id: scheduleDeliveryId(fullName, tick.at),
        name: SCHEDULE_EVENT,
        payload: {
            action: "tick",
            schedule: { at: tick.at.toISOString(), drift: tick.drift },
            repository: { full_name: fullName, name: repo.name, owner: { login: repo.owner } },
            installation: { id: repo.installationId },
        },
    };
}
export function createScheduler(opts) {
    const now = opts.now ?? (() => new Date());
    const refreshMs = (opts.refreshSeconds ?? 300) * 1000;
    // A tick due just before this process started is still taken: another replica may have been
    // down too, and the delivery log drops it where one was not.
    let last = new Date(now().getTime() - 60_000);
    let repos;
    const schedules = new Map();
    let timer;
    let running = false;
    let stopped = true;
    async function scheduleOf(repo, at) {
        const key = `${repo.installationId}/${repo.owner}/${repo.name}`;
        const cached = schedules.get(key);
        if (cached && at - cached.at < refreshMs)
            return cached.schedule;
        let schedule = null;
        try {
            schedule = await opts.source.schedule(repo);
        }
        catch (e) {
            opts.log.warn(`scheduler: the config of ${repo.owner}/${repo.name} could not be read, so nothing is scheduled for it: ${e instanceof Error ? e.message : String(e)}`);
        }
        schedules.set(key, { schedule, at });
        return schedule;
    }
    async function check() {
        const to = now();
        const from = last;
        if (to.getTime() <= from.getTime())
            return 0;
        const at = to.getTime();
        if (!repos || at - repos.at >= refreshMs)
            repos = { list: await opts.source.repositories(), at };
        let queued = 0;
        for (const repo of repos.list) {
            const schedule = await scheduleOf(repo, at);
            const tick = schedule && dueTick(schedule, from, to);
            if (!tick)
                continue;
            try {
                await opts.accept(tickEvent(repo, tick));
                queued++;
            }
            catch (e) {
                opts.log.error(`scheduler: the tick of ${repo.owner}/${repo.name} could not be queued: ${e instanceof Error ? e.message : String(e)}`);
            }
        }
        last = to;
        return queued;
    }
    function arm() {
        if (stopped)
            return;
        const wait = 60_000 - (now().getTime() % 60_000) + 50;
        timer = setTimeout(() => {
            void (async () => {
                if (!running) {
                    running = true;
                    try {
                        await check();
                    }
                    catch (e) {
                        opts.log.error(`scheduler: the check failed: ${e instanceof Error ? e.message : String(e)}`);
                    }
                    finally {
                        running = false;
                    }
                }
                arm();
            })();
        }, wait);
        timer.unref();
    }
    return {
        check,
        start() {
            if (!stopped)
                return;
            stopped = false;
            arm();
        },
        stop() {
            stopped = true;
            if (timer)
                clearTimeout(timer);
            timer = undefined;
        },
    };
}
