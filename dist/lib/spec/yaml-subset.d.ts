/**
 * A fast reader for the plain subset of YAML that specs are written in: block mappings and
 * sequences, one-line flow collections, plain and one-line quoted scalars, comments. The `yaml`
 * library spends about 100 µs per spec line building a node tree with source ranges, so a
 * 10,000-resource spec took a second of event loop; this reads the same text in a few
 * milliseconds.
 *
 * It answers only when it is sure: anything outside the subset (anchors, tags, block scalars,
 * multi-line scalars or flows, escapes, tabs, odd keys, duplicate keys, document markers...)
 * makes it return `undefined`, and the caller parses with the `yaml` library, which also reports
 * every syntax error. Where it answers, the value equals what `yaml` gives with its defaults
 * (YAML 1.2, core schema); test/spec/yaml-subset.test.ts checks that against the library.
 */
import type { Value } from "./model.js";
/** The core schema's resolution of a plain scalar, in the library's order (first match wins). */
export declare function resolvePlain(s: string): Value;
/**
 * The document's value when `text` is a single YAML mapping written in the subset, else
 * `undefined` (parse it with the library instead).
 */
export declare function parseYamlSubset(text: string): Record<string, Value> | undefined;
