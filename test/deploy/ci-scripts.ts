/**
 * The shell a CI example runs, read the way its CI system reads it: a GitLab job's `script:` lines
 * (one shell, stopping at the first failure) and a Jenkinsfile's `sh` steps by stage (a shell each).
 */
import { parse } from "yaml";

/** A GitLab job's script lines, joined as the runner's one shell runs them. */
export function gitlabJobScript(ciYaml: string, job: string): string {
  const doc = parse(ciYaml) as Record<string, { script?: unknown }>;
  const script = doc[job]?.script;
  if (!Array.isArray(script) || !script.every((l) => typeof l === "string")) {
    throw new Error(`.gitlab-ci.yml: job ${job} has no script: list of strings`);
  }
  return ["set -e", ...script].join("\n");
}

export interface ShStep {
  stage: string;
  script: string;
}

/**
 * Every `sh '...'`, `sh '''...'''` and `sh """..."""` step with the stage it sits in. Groovy's
 * escapes are undone; a `${...}` in a double-quoted step is Groovy's, not the shell's, so it is
 * refused rather than guessed at.
 */
export function jenkinsShSteps(jenkinsfile: string): ShStep[] {
  const steps: ShStep[] = [];
  const stages = [...jenkinsfile.matchAll(/\bstage\(\s*'([^']+)'\s*\)/g)].map((m) => ({
    name: m[1]!,
    at: m.index,
  }));
  const re = /\bsh\s+(?:'''([\s\S]*?)'''|"""([\s\S]*?)"""|'((?:[^'\\\n]|\\.)*)')/g;
  for (const m of jenkinsfile.matchAll(re)) {
    const stage = stages.filter((s) => s.at < m.index).at(-1)?.name ?? "";
    let script: string;
    if (m[2] !== undefined) {
      if (/(?<!\\)\$\{/.test(m[2])) throw new Error(`Jenkinsfile: a """ sh step uses Groovy interpolation`);
      script = m[2].replace(/\\\$/g, "$");
    } else script = m[1] ?? m[3]!;
    // In Groovy, `\\` is one backslash and `\'` a quote; a backslash before a newline stays.
    steps.push({ stage, script: script.replace(/\\\\/g, "\\").replace(/\\'/g, "'") });
  }
  return steps;
}
