/**
 * Structured change requests: an issue form that names an environment and gives resources as
 * YAML works without a model. The form's rendered body is parsed, and the resources are merged
 * into the environment's spec text (same type and name replaces, anything else is added), keeping
 * the rest of the file, comments included, as it was.
 */
import { isMap, isSeq, parseDocument, type YAMLMap } from "yaml";

export interface StructuredRequest {
  environment: string;
  /** The YAML list of resources, as written in the form. */
  resourcesYaml: string;
  summary?: string;
}

/**
 * GitHub renders an issue form as `### <label>` sections. Recognised labels: "Environment",
 * "Resources" (a YAML list, fenced or not) and optionally "Summary"/"Why". Returns null when the
 * body is not such a form, so the caller can treat it as plain words.
 */
export function parseStructuredRequest(body: string): StructuredRequest | null {
  const sections = new Map<string, string>();
  let current: string | null = null;
  const lines: string[] = [];
  const flush = () => {
    if (current !== null) sections.set(current, lines.join("\n").trim());
    lines.length = 0;
  };
  for (const line of body.replace(/\r\n/g, "\n").split("\n")) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      flush();
      current = heading[1]!.toLowerCase();
    } else if (current !== null) lines.push(line);
  }
  flush();
  const environment = sections.get("environment")?.trim();
  const resources = sections.get("resources");
  if (!environment || !resources || environment === "_No response_") return null;
  const fenced = /```(?:ya?ml)?\n([\s\S]*?)```/.exec(resources);
  const summary = sections.get("summary") ?? sections.get("why");
  return {
    environment: environment.split(/\s+/)[0]!.toLowerCase(),
    resourcesYaml: (fenced ? fenced[1]! : resources).trim() + "\n",
    ...(summary && summary !== "_No response_" && { summary }),
  };
}

/**
 * The spec text with the requested resources merged in. Throws an Error with a plain message when
 * the request's YAML is not a list of resources; the result still has to pass the spec parser.
 */
export function mergeResources(specText: string, resourcesYaml: string): string {
  const doc = parseDocument(specText);
  const request = parseDocument(resourcesYaml);
  if (request.errors.length > 0)
    throw new Error(`the resources are not valid YAML: ${request.errors[0]!.message.split("\n")[0]}`);
  if (!isSeq(request.contents))
    throw new Error("the resources must be a YAML list of { type, name, properties }");
  let list = doc.get("resources", true);
  if (!isSeq(list)) {
    doc.set("resources", doc.createNode([]));
    list = doc.get("resources", true);
  }
  if (!isSeq(list)) throw new Error("the spec's resources are not a list");
  for (const item of request.contents.items) {
    if (!isMap(item)) throw new Error("each resource must be a mapping with type, name and properties");
    const type = String(item.get("type") ?? "");
    const name = String(item.get("name") ?? "");
    const index = list.items.findIndex((r) => isMap(r) && r.get("type") === type && r.get("name") === name);
    const node = doc.createNode(item.toJSON()) as YAMLMap;
    if (index >= 0) list.items[index] = node;
    else list.items.push(node);
  }
  return doc.toString();
}
