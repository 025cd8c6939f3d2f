import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  ProviderOperationError,
  createdBy,
  otherOwner,
  ownedAt,
  ownedBy,
  ownershipTags
} from "./chunk-GOFYTHHW.js";

// src/providers/dispatch.ts
function capabilitiesOf(handlers) {
  const writeOnly = {};
  for (const [type, h] of Object.entries(handlers)) if (h.writeOnly?.length) writeOnly[type] = h.writeOnly;
  return {
    applies: Object.keys(handlers),
    ...Object.keys(writeOnly).length > 0 && { writeOnly }
  };
}
function dispatchProvider(opts) {
  const { name, handlers, context } = opts;
  for (const [type, h] of Object.entries(handlers)) {
    if (h.type !== type) throw new Error(`the ${name} handler table lists ${h.type} as ${type}`);
  }
  function handlerFor(type) {
    const h = Object.hasOwn(handlers, type) ? handlers[type] : void 0;
    if (!h) {
      throw new ProviderOperationError(
        "UnsupportedResourceType",
        `the ${name} provider cannot apply ${type}; it applies ${Object.keys(handlers).join(", ")}`
      );
    }
    return h;
  }
  function checkOwned(target, resource, current) {
    if (!ownedAt(current.tags, target, resource.address)) {
      throw new ProviderOperationError(
        "NotOwned",
        `${resource.id} does not carry the ownership tags of ${resource.address} in ${target.environment} of ${target.repository}; Plagentic leaves it alone`
      );
    }
  }
  async function earlierAttempt(h, ctx, op) {
    const mine = (f) => h.untagged ? ownedAt(f.tags, op.target, op.address) : createdBy(f.tags, op.target, op.address);
    const candidates = await h.findByToken(ctx, op);
    const taken = h.tokenIn === "name" ? candidates.find((f) => !mine(f)) : void 0;
    if (taken) {
      throw new ProviderOperationError(
        "AlreadyExists",
        `a resource named ${taken.name ?? taken.id} already exists and Plagentic does not own it as ${op.address} of ${op.target.environment}; it was left untouched`
      );
    }
    return candidates.find(mine);
  }
  async function readBack(h, ctx, target, id) {
    const found = await h.read(ctx, id);
    const live = found && (h.readBack ? await h.readBack(ctx, found, target) : (await h.live(ctx, [found], target))[0]);
    if (!live)
      throw new ProviderOperationError("NotFound", `${h.type} ${id} disappeared right after it was changed`);
    return live;
  }
  function adopter(type) {
    const h = handlerFor(type);
    const adoption = opts.adoption;
    if (!adoption?.types.includes(type)) {
      throw new ProviderOperationError(
        "UnsupportedResourceType",
        `the ${name} provider cannot adopt ${type}; it adopts ${adoption?.types.join(", ") || "nothing yet"}`
      );
    }
    return { h, adoption };
  }
  async function typesToList(ctx, target) {
    const all = Object.values(handlers);
    if (target.types === void 0) return all;
    const used = new Set(target.types);
    const unused = all.filter((h) => h.optional && !used.has(h.type)).map((h) => h.type);
    if (unused.length === 0) return all;
    const found = opts.discover ? await opts.discover(ctx, target, unused) : new Set(unused);
    return all.filter((h) => !h.optional || used.has(h.type) || found.has(h.type));
  }
  return {
    name,
    capabilities: capabilitiesOf(handlers),
    async readLive(target) {
      const ctx = context(target);
      const perType = await Promise.all(
        (await typesToList(ctx, target)).map(async (h) => {
          const owned = (await h.list(ctx, target)).filter((f) => ownedBy(f.tags, target));
          return owned.length > 0 ? h.live(ctx, owned, target) : [];
        })
      );
      return perType.flat().sort((x, y) => x.address < y.address ? -1 : x.address > y.address ? 1 : x.id < y.id ? -1 : 1);
    },
    async create(op) {
      const h = handlerFor(op.type);
      const ctx = context(op.target);
      const earlier = h.findByToken ? await earlierAttempt(h, ctx, op) : void 0;
      const made = await h.create(ctx, op, earlier);
      return typeof made === "string" ? readBack(h, ctx, op.target, made) : made;
    },
    async update(op) {
      const h = handlerFor(op.type);
      const ctx = context(op.target);
      const current = await h.read(ctx, op.id);
      if (!current) throw new ProviderOperationError("NotFound", `${op.address} (${op.id}) no longer exists`);
      checkOwned(op.target, op, current);
      const updated = await h.update(ctx, op, current);
      return updated ?? readBack(h, ctx, op.target, op.id);
    },
    async delete(target, resource) {
      const h = handlerFor(resource.type);
      const ctx = context(target);
      const current = await h.read(ctx, resource.id);
      if (!current) return;
      checkOwned(target, resource, current);
      await h.delete(ctx, target, resource, current);
    },
    async readById(target, ref) {
      const { h, adoption } = adopter(ref.type);
      const ctx = context(target);
      const current = await h.read(ctx, ref.id);
      if (!current) return void 0;
      const shown = adoption.withTags(current, ownershipTags(target, ref.address));
      const live = h.readBack ? await h.readBack(ctx, shown, target) : (await h.live(ctx, [shown], target))[0];
      return live && { live: { ...live, address: ref.address }, tags: current.tags };
    },
    async adopt(target, ref) {
      const { h, adoption } = adopter(ref.type);
      const ctx = context(target);
      const current = await h.read(ctx, ref.id);
      if (!current)
        throw new ProviderOperationError("NotFound", `${ref.address} (${ref.id}) no longer exists`);
      const owner = otherOwner(current.tags, target);
      if (owner) {
        throw new ProviderOperationError(
          "NotOwned",
          `${ref.id} belongs to ${owner}; Plagentic leaves it alone`
        );
      }
      await adoption.addTags(ctx, current, ownershipTags(target, ref.address));
    },
    ...opts.close && { close: opts.close }
  };
}

// src/providers/waiting.ts
async function waitFor(clock, what, check) {
  const started = clock.now();
  let lastReport = started;
  for (; ; ) {
    const got = await check();
    if (got !== void 0) return got;
    const elapsed = clock.now() - started;
    if (elapsed >= clock.timeoutMs) {
      throw new ProviderOperationError(
        "Timeout",
        `gave up waiting for ${what} after ${Math.round(elapsed / 1e3)} s`
      );
    }
    if (clock.now() - lastReport >= 1e4) {
      clock.progress?.(`still waiting for ${what} (${Math.round(elapsed / 1e3)} s)`);
      lastReport = clock.now();
    }
    await clock.sleep(clock.pollIntervalMs);
  }
}
var BatchPoller = class {
  constructor(clock, describe, maxIds = 200) {
    this.clock = clock;
    this.describe = describe;
    this.maxIds = maxIds;
  }
  clock;
  describe;
  maxIds;
  waiters = /* @__PURE__ */ new Set();
  running = false;
  /**
   * Resolves with `check`'s first value other than undefined, given the latest description of
   * `id` (undefined while the cloud does not list it); rejects with what `check` or the describe
   * throws, or with a Timeout after `timeoutMs`. The first look comes one poll interval after the
   * call, since a resource is never ready the instant its create returns.
   */
  wait(id, what, check) {
    return new Promise((resolve, reject) => {
      const started = this.clock.now();
      this.waiters.add({
        id,
        what,
        started,
        lastReport: started,
        check,
        resolve,
        reject
      });
      if (!this.running) void this.run();
    });
  }
  async run() {
    this.running = true;
    try {
      while (this.waiters.size > 0) {
        await this.clock.sleep(this.clock.pollIntervalMs);
        const round = [...this.waiters];
        const ids = [...new Set(round.map((w) => w.id))];
        const chunks = [];
        for (let k = 0; k < ids.length; k += this.maxIds) chunks.push(ids.slice(k, k + this.maxIds));
        await Promise.all(chunks.map((chunk) => this.poll(new Set(chunk), round)));
      }
    } catch (e) {
      for (const w of [...this.waiters]) this.settle(w, () => w.reject(e));
    } finally {
      this.running = false;
    }
  }
  async poll(ids, round) {
    const mine = round.filter((w) => ids.has(w.id));
    let described;
    try {
      described = await this.describe([...ids]);
    } catch (e) {
      for (const w of mine) this.settle(w, () => w.reject(e));
      return;
    }
    for (const w of mine) {
      let got;
      try {
        got = w.check(described.get(w.id));
      } catch (e) {
        this.settle(w, () => w.reject(e));
        continue;
      }
      if (got !== void 0) {
        this.settle(w, () => w.resolve(got));
        continue;
      }
      const now = this.clock.now();
      const elapsed = now - w.started;
      if (elapsed >= this.clock.timeoutMs) {
        const error = new ProviderOperationError(
          "Timeout",
          `gave up waiting for ${w.what} after ${Math.round(elapsed / 1e3)} s`
        );
        this.settle(w, () => w.reject(error));
      } else if (now - w.lastReport >= 1e4) {
        this.clock.progress?.(`still waiting for ${w.what} (${Math.round(elapsed / 1e3)} s)`);
        w.lastReport = now;
      }
    }
  }
  settle(w, outcome) {
    this.waiters.delete(w);
    outcome();
  }
};

// src/providers/omitted.ts
function omittedPaths(attributes, candidates) {
  return candidates.filter((path) => valueAt(attributes, path) === void 0);
}
function withoutPaths(attributes, paths) {
  const out = { ...attributes };
  for (const path of paths) {
    const parts = path.split(".");
    const last = parts.pop();
    let holder = out;
    let ok = true;
    for (const p of parts) {
      const next = holder[p];
      if (next === null || typeof next !== "object" || Array.isArray(next)) {
        ok = false;
        break;
      }
      const copy = { ...next };
      holder[p] = copy;
      holder = copy;
    }
    if (ok) delete holder[last];
  }
  return out;
}
function valueAt(attributes, path) {
  let current = attributes;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return void 0;
    current = current[part];
  }
  return current === null ? void 0 : current;
}

export {
  capabilitiesOf,
  dispatchProvider,
  waitFor,
  BatchPoller,
  omittedPaths,
  withoutPaths
};
