/**
 * An MCP server's tools as LangChain tools: a prefixed name the OpenAI function grammar accepts,
 * the server's description and JSON input schema (both bounded), and results given to the model
 * fenced as untrusted data. Every byte here comes from the server, so nothing is trusted.
 */
import { tool } from "@langchain/core/tools";
import { scrubControls } from "../../render/values.js";
import { userContentBlock } from "../prompts.js";
import { isToolName } from "../tools-catalog.js";
/** OpenAI function names: [A-Za-z0-9_-], at most 64 characters. */
const MAX_NAME = 64;
const MAX_DESCRIPTION = 1_000;
const MAX_SCHEMA_CHARS = 20_000;
const MAX_RESULT_CHARS = 20_000;
const PREVIEW_CHARS = 200;
/** `<server>__<tool>`, or why the tool cannot be offered under a name of its own. */
export function prefixedName(server, name) {
    const prefixed = `${server}__${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    if (prefixed.length > MAX_NAME)
        return { problem: `its name would be longer than ${MAX_NAME} characters` };
    // Built-in names have no "__", but a supervisor's handoff tools (transfer_to_<agent>) could.
    if (isToolName(prefixed) || prefixed.startsWith("transfer_to_"))
        return { problem: "its name is a built-in tool's" };
    return { name: prefixed };
}
/** Why a listed tool's input schema is not used, or undefined. */
export function schemaProblem(t) {
    if (typeof t.inputSchema !== "object" || t.inputSchema === null || t.inputSchema["type"] !== "object")
        return "its input schema is not an object schema";
    if (JSON.stringify(t.inputSchema).length > MAX_SCHEMA_CHARS)
        return `its input schema is larger than ${MAX_SCHEMA_CHARS} characters`;
    return undefined;
}
export function adaptTool(t, name, ctx) {
    const description = cap(`[MCP server ${ctx.server}] ${t.description ?? ""}`.trim(), MAX_DESCRIPTION);
    return tool(async (args) => {
        let text;
        try {
            const result = await ctx.call(t.name, args);
            const body = cap(resultText(result), MAX_RESULT_CHARS);
            text = result.isError === true ? `Error: ${body}` : body;
        }
        catch (e) {
            text = `Error: the call failed: ${e instanceof Error ? e.message : String(e)}`;
        }
        ctx.emit({ kind: "tool_result", message: `${name} returned: ${preview(ctx.redact(text))}` });
        return userContentBlock(`result of the external tool ${name}, from MCP server ${ctx.server}`, text);
    }, 
    // @langchain/core 1.x takes a JSON schema as well as a zod one.
    { name, description, schema: t.inputSchema });
}
/** Text parts joined; structured content as JSON when there is no text; other parts summarized. */
export function resultText(result) {
    const parts = Array.isArray(result.content) ? result.content : [];
    const texts = [];
    let hasText = false;
    for (const part of parts) {
        const type = typeof part === "object" && part !== null ? part.type : undefined;
        if (type === "text") {
            hasText = true;
            texts.push(String(part.text ?? ""));
        }
        else
            texts.push(`[${typeof type === "string" ? type.replace(/[^a-z_]/gi, "").slice(0, 20) : "content"} omitted]`);
    }
    if (!hasText && result.structuredContent !== undefined)
        return JSON.stringify(result.structuredContent);
    return texts.join("\n");
}
function preview(text) {
    const flat = scrubControls(text.replace(/\s+/g, " ").trim());
    return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS)}…` : flat;
}
function cap(text, max) {
    return text.length > max ? `${text.slice(0, max)}\n[… cut at ${max} characters]` : text;
}
