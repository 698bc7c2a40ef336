/**
 * The generator fuzz outside vitest, for hunting and reducing failures by hand:
 *
 *   npm run build && npx tsx test/fuzz/run.ts [--runs 200] [--seed 42] [--path 17] [--only "text"] [--typecheck] [--shrinks 2000]
 *
 * Runs fast-check over random specs (test/fuzz/spec-arbitrary.ts) with the checks of
 * test/fuzz/harness.ts (a seed and path of fuzz.test.ts replay here, type errors with
 * `--typecheck`) and prints the shrunk counterexample: the minimal spec as JSON and
 * the mismatch. `--only` counts only failures whose message contains the text, so one
 * bug can be reduced while others are still open; `--typecheck` type-checks each case
 * (slow, but it shrinks type errors too).
 */
import { parseArgs } from "node:util";
import fc from "fast-check";
import { caseArbitrary, runCase, typeCheck, Workspace } from "./harness.js";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "200" },
    seed: { type: "string" },
    path: { type: "string" },
    only: { type: "string" },
    typecheck: { type: "boolean", default: false },
    shrinks: { type: "string", default: "2000" },
  },
});

const workspace = new Workspace();
let cases = 0;
const started = performance.now();
const property = fc.asyncProperty(caseArbitrary(Number(args.shrinks)), async ([document, draw]) => {
  cases++;
  try {
    const { dir } = await runCase(workspace, document, draw);
    try {
      const problems = args.typecheck ? typeCheck([dir]) : new Map<string, string[]>();
      if (problems.size > 0) throw new Error(`type errors:\n${[...problems.values()].flat().join("\n")}`);
    } finally {
      workspace.remove(dir);
    }
  } catch (error) {
    if (args.only === undefined || String(error).includes(args.only)) throw error;
  }
});

try {
  await fc.assert(property, {
    numRuns: Number(args.runs),
    ...(args.seed === undefined ? {} : { seed: Number(args.seed) }),
    ...(args.path === undefined ? {} : { path: args.path }),
    // The spec is printed whole below; fast-check's own rendering of it is long.
    reporter: (details) => {
      if (!details.failed) return;
      const [[document]] = details.counterexample!;
      console.log(`Failed after ${details.numRuns} runs and ${details.numShrinks} shrinks (seed ${details.seed}, path "${details.counterexamplePath}")`);
      console.log(`Spec:\n${JSON.stringify(document.components.schemas, null, 2)}`);
      console.log(String(details.errorInstance));
      process.exitCode = 1;
    },
  });
  if (!process.exitCode) console.log(`${cases} cases passed`);
} finally {
  console.log(`${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  workspace.remove();
}
