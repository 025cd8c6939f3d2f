import { type YamlSource } from "../../spec/yaml-source.js";
import type { Stage } from "../model.js";
import { type McpServerDefinition } from "./model.js";
export declare function parseMcpServers(source: YamlSource, raw: unknown, agents: readonly {
    name: string;
    stage: Stage;
}[]): McpServerDefinition[];
/** Why a URL may not be used for an MCP server, or undefined: https, or http to this machine only. */
export declare function urlProblem(text: string): string | undefined;
