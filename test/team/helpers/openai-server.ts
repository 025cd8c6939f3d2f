/**
 * A small OpenAI-compatible server for tests: POST /v1/chat/completions answered by a script keyed
 * by agent (from the system prompt) and turn, with tool calls, JSON-schema structured output and a
 * `usage` block, so the real ChatOpenAI client runs end to end offline.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ServerStep = { tools: { name: string; args: Record<string, unknown> }[] } | { text: string };

export interface ChatRequest {
  model: string;
  messages: { role: string; content: unknown; tool_calls?: unknown[] }[];
  tools?: { type: string; function: { name: string } }[];
  response_format?: { type: string; json_schema?: { name: string } };
  stream?: boolean;
}

export interface FakeOpenAI {
  baseURL: string;
  requests: ChatRequest[];
  close(): Promise<void>;
}

export const USAGE = { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 };

export async function startFakeOpenAI(
  scripts: Record<string, ServerStep[]>,
  review: unknown = { findings: [{ severity: "info", message: "Reviewed." }], summary: "OK" },
): Promise<FakeOpenAI> {
  const requests: ChatRequest[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404).end();
        return;
      }
      const request = JSON.parse(body) as ChatRequest;
      requests.push(request);
      const system = String(request.messages[0]?.content ?? "");
      const agent = /You are (\S+) \(/.exec(system)?.[1] ?? "?";
      const id = `chatcmpl-${++n}`;
      let message: Record<string, unknown>;
      if (request.response_format?.type === "json_schema") {
        message = { role: "assistant", content: JSON.stringify(review) };
      } else {
        const turn = request.messages.filter((m) => m.role === "assistant").length;
        const step = scripts[agent]?.[turn] ?? { text: "Done." };
        message =
          "text" in step
            ? { role: "assistant", content: step.text }
            : {
                role: "assistant",
                content: null,
                tool_calls: step.tools.map((t, i) => ({
                  id: `call_${n}_${i}`,
                  type: "function",
                  function: { name: t.name, arguments: JSON.stringify(t.args) },
                })),
              };
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id,
          object: "chat.completion",
          created: 1_700_000_000,
          model: request.model,
          choices: [
            {
              index: 0,
              message,
              finish_reason: "tool_calls" in message ? "tool_calls" : "stop",
              logprobs: null,
            },
          ],
          usage: USAGE,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
