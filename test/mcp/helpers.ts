/**
 * Driving `plagentic mcp` as a real client would: the built CLI (`npm run build` first) as a child
 * process, spoken to by the MCP SDK's own Client over stdio or Streamable HTTP.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { TestProject } from "../helpers/project.js";

export const bin = join(new URL("../../", import.meta.url).pathname, "bin", "plagentic.js");

/** The child's environment: nothing inherited but PATH, and HOME inside the project (no price cache). */
export function childEnv(project: TestProject, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env["PATH"] ?? "", HOME: project.dir, ...extra };
}

export interface StdioSession {
  client: Client;
  stderr: () => string;
  close(): Promise<void>;
}

export async function connectStdio(
  project: TestProject,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<StdioSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [bin, "mcp", ...args],
    cwd: project.dir,
    env: childEnv(project, env),
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: "plagentic-test", version: "1.0.0" });
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}

/** A tool call's result; tool errors come back as results with isError, not as exceptions. */
export async function call(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

export function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
}

export interface HttpChild {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  stop(): Promise<void>;
}

/** Starts `plagentic mcp --http 0 ...` and waits for the line naming its URL. */
export function spawnHttp(
  project: TestProject,
  args: string[],
  env: Record<string, string>,
): Promise<HttpChild> {
  const child = spawn(process.execPath, [bin, "mcp", "--http", "0", ...args], {
    cwd: project.dir,
    env: childEnv(project, env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  const stop = (): Promise<void> =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /listening on (http:\/\/\S+\/mcp)/.exec(stderr)?.[1];
      if (url) resolve({ child, url, stderr: () => stderr, stop });
    });
    child.once("exit", (code) => reject(new Error(`plagentic mcp exited ${code}: ${stderr}`)));
  });
}

/** Exit code and stderr of a run that is expected to end by itself. */
export function runToExit(
  project: TestProject,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, "mcp", ...args], {
    cwd: project.dir,
    env: childEnv(project, env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.once("exit", (code) => done({ code, stderr })));
}

export async function connectHttp(url: string, token: string): Promise<Client> {
  const client = new Client({ name: "plagentic-test", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );
  return client;
}
