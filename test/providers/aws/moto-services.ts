/**
 * Test pieces for the AWS services beyond EC2 against moto: a provider whose clients all point at
 * one moto_server, a clock that advances only when the provider sleeps, and a way to see (and
 * hold back) what a real SDK client sends, through its own middleware stack.
 */
import { describe, it } from "vitest";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import type { Provider } from "../../../src/providers/provider.js";
import { motoAvailable } from "./moto.js";

export const credentials = { accessKeyId: "testing", secretAccessKey: "testing" };

/** Runs `body` when moto_server exists; fails in CI without it, and says so elsewhere. */
export function describeWithMoto(name: string, body: () => void): void {
  const available = motoAvailable();
  if (!available && process.env.CI === "true") {
    describe(name, () => {
      it("needs moto_server", () => {
        throw new Error(`moto_server is not installed, and CI=true: ${name} must run in CI`);
      });
    });
    return;
  }
  if (!available)
    console.warn(`SKIPPED: ${name} — moto_server is not installed (pip install 'moto[server]')`);
  describe.runIf(available)(name, body);
}

/** A clock whose time moves only when the provider sleeps, so waits cost nothing. */
export function fakeClock(): { now: () => number; sleep: (ms: number) => Promise<void> } {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms) => {
      t += ms;
    },
  };
}

/** Any SDK v3 client: only its middleware stack is used. */
interface Middlewared {
  middlewareStack: { add(middleware: never, options: never): void };
}

type Middleware = (
  next: (args: unknown) => Promise<unknown>,
  context: { commandName?: string },
) => (args: unknown) => Promise<unknown>;

type Answer = (input: Record<string, unknown>) => Record<string, unknown> | undefined;

export interface Recorder {
  /** Command names sent, in order. */
  calls: string[];
  inputs: { command: string; input: Record<string, unknown> }[];
  /**
   * Lets `answer` reply to `command` instead of the cloud: what it returns is the output, and
   * `undefined` sends the call on. The real client, held back the way a slow cloud would be.
   */
  intercept(command: string, answer: Answer): void;
  /** Stops intercepting every command. */
  release(): void;
  /** Forgets what was sent so far. */
  reset(): void;
}

/** Records every command `client` sends and lets a test answer some itself. */
export function record(client: Middlewared): Recorder {
  const answers = new Map<string, Answer>();
  const rec: Recorder = {
    calls: [],
    inputs: [],
    intercept: (command, answer) => void answers.set(command, answer),
    release: () => answers.clear(),
    reset() {
      rec.calls.length = 0;
      rec.inputs.length = 0;
    },
  };
  const middleware: Middleware = (next, context) => async (args) => {
    const command = context.commandName ?? "?";
    const input = (args as { input: Record<string, unknown> }).input;
    rec.calls.push(command);
    rec.inputs.push({ command, input: structuredClone(input) });
    const output = answers.get(command)?.(input);
    if (output !== undefined) return { output: { ...output, $metadata: {} }, response: {} };
    return next(args);
  };
  client.middlewareStack.add(
    middleware as never,
    { step: "initialize", name: "plagenticTestRecorder" } as never,
  );
  return rec;
}

export interface MotoProvider {
  provider: Provider;
  progress: string[];
}

/**
 * The AWS provider with every service pointed at moto, the given clients used as they are, and
 * the fake clock: polls every 5 s of its time, giving up after `timeoutMs`.
 */
export function motoProvider(
  endpoint: string,
  clients: Record<string, { destroy(): void }>,
  timeoutMs = 600_000,
): MotoProvider {
  const progress: string[] = [];
  const clock = fakeClock();
  const provider = createAwsProviderWith(
    {
      settings: { default: "aws" },
      env: { AWS_ACCESS_KEY_ID: "testing", AWS_SECRET_ACCESS_KEY: "testing", AWS_ENDPOINT_URL: endpoint },
      progress: (line) => progress.push(line),
    },
    { maxAttempts: 1, pollIntervalMs: 5000, timeoutMs, ...clock, clients },
  );
  return { provider, progress };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function failure(p: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error("expected a failure");
}
