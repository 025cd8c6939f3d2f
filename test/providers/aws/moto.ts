/**
 * A local moto_server for the AWS integration tests: started on a free port, stopped afterwards.
 * Missing moto fails the run in CI and skips (visibly) elsewhere, as REFERENCE.md asks.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { freePort } from "../../helpers/net.js";

export interface Moto {
  endpoint: string;
  stop(): Promise<void>;
}

export function motoAvailable(): boolean {
  const r = spawnSync("moto_server", ["--help"], { stdio: "ignore" });
  return r.status === 0;
}

async function answers(endpoint: string): Promise<boolean> {
  try {
    const r = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
    return r.status < 500;
  } catch {
    return false;
  }
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("moto_server", ["-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`moto_server exited early: ${stderr}`);
    if (await answers(endpoint)) {
      return {
        endpoint,
        stop: async () => {
          if (child.exitCode === null) child.kill("SIGTERM");
          await exited;
        },
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`moto_server did not answer on ${endpoint} within 20 s: ${stderr}`);
}
