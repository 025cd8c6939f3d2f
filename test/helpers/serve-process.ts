/**
 * `plagentic serve` as its own process (the committed build), as an installed App runs: the fake
 * GitHub as its API (GHE_HOST), signed webhooks over HTTP, and a wait for its health check.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { sign } from "@octokit/webhooks-methods";
import type { FakeGitHub } from "./fake-github.js";
import { privateKey } from "./github-app.js";
import { freePort } from "./net.js";

export const PLAGENTIC_BIN = new URL("../../bin/plagentic.js", import.meta.url).pathname;

/** Polls `fn` until it returns something truthy; fails naming `what` after `timeoutMs`. */
export async function until<T>(
  what: string,
  fn: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The App's settings for a process against the fake GitHub, plus `extra`. */
export function appEnv(
  gh: FakeGitHub,
  secret: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env["PATH"]!,
    APP_ID: "1",
    PRIVATE_KEY: privateKey(),
    WEBHOOK_SECRET: secret,
    GHE_HOST: gh.host,
    GHE_PROTOCOL: "http",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    PLAGENTIC_GITHUB_THROTTLE: "off",
    ...extra,
  };
}

export interface ServeProcess {
  port: number;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** POSTs a webhook signed with `secret` (or with `signature`); `body` is sent as given. */
  post(name: string, id: string, body: string, signature?: string): Promise<Response>;
}

/** Starts `plagentic serve` on a free port with `env` and waits until /healthz answers. */
export async function startServe(env: Record<string, string>, secret: string): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [PLAGENTIC_BIN, "serve"], {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += String(d)));
  child.stderr!.on("data", (d) => (output += String(d)));
  await until(
    "serve to answer /healthz",
    async () => {
      if (child.exitCode !== null) throw new Error(`serve exited:\n${output}`);
      try {
        return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
      } catch {
        return false;
      }
    },
    30_000,
  ).catch((e: unknown) => {
    child.kill("SIGKILL");
    throw new Error(`${(e as Error).message}\n${output}`);
  });
  return {
    port,
    child,
    output: () => output,
    async post(name, id, body, signature) {
      return fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": name,
          "x-github-delivery": id,
          "x-hub-signature-256": signature ?? (await sign(secret, body)),
        },
        body,
      });
    },
  };
}
