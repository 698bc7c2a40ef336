import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { caseArbitrary, runCase, typeCheck, Workspace } from "./harness.js";
import { INCLUDE_KNOWN_BUGS, KNOWN_BUGS } from "./known-bugs.js";

/**
 * Issue 7: the generator fuzzed with random specs (spec-arbitrary.ts), one in three
 * rewritten in OpenAPI 3.1's words (test/support/openapi31.ts). Each case is generated in
 * memory, written to a temporary folder, its modules imported with Node's own `import()`,
 * and every schema's validator compared with ajv on values drawn for it (valid ones near
 * the limits, the same broken in one to three places, any JSON), with
 * `is`, lenient, strip, reject and changesets along; then the declarations of BATCH cases
 * at a time, and a consumer assigning the accepted values to the types, are type-checked
 * under `strict` in one TypeScript program (a program per case would cost most of the run).
 * A type error stops the run; the failing case is replayed alone, so fast-check shrinks it.
 *
 * CI size: RUNS specs of 1–6 schemas each (about 3.5 schemas and 40 values per schema
 * on average). Longer, locally:
 *
 *   FUZZ_RUNS=2000 npx vitest run test/fuzz/fuzz.test.ts
 *
 * FUZZ_SEED replays a run (a failure prints its seed and path); FUZZ_KNOWN_BUGS=include
 * stops rewriting specs around the bugs listed in known-bugs.ts.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/**
 * CI (CI=true) replays one fixed seed, so whether a submission lands never depends on a
 * draw; local runs and `npm run fuzz` draw a new seed each time to keep looking.
 */
const CI_SEED = 20261127;
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.CI ? CI_SEED : Math.floor(Math.random() * 2 ** 31);
const BATCH = 40;
/** Long runs get time in proportion; a passing CI run is far below this. */
const TIMEOUT = 240_000 + RUNS * 1_000;

const workspace = new Workspace();
afterAll(() => workspace.remove());

const cases = caseArbitrary();

describe(`generated packages for ${RUNS} random specs (seed ${SEED}${INCLUDE_KNOWN_BUGS ? ", known bugs included" : ""})`, () => {
  it(
    "validate as ajv does, throw nothing, and type-check under strict with the values they accept",
    async () => {
      // Specs are rewritten only around known bugs that a regression test names.
      const regressions = readFileSync(new URL("./regressions.test.ts", import.meta.url), "utf8");
      for (const bug of KNOWN_BUGS) expect(regressions, bug.name).toContain(JSON.stringify(bug.name));
      let run = 0;
      let passed = 0;
      let typeErrors: { run: number; problems: string[] } | undefined;
      const pending: { dir: string; run: number }[] = [];
      const checkPending = () => {
        const problems = typeCheck(pending.map(({ dir }) => dir));
        const first = pending.find(({ dir }) => problems.has(dir)) ?? (problems.size > 0 ? pending[0] : undefined);
        if (first) typeErrors = { run: first.run, problems: [...problems.values()].flat() };
        for (const { dir } of pending.splice(0)) workspace.remove(dir);
      };

      await fc.assert(
        fc.asyncProperty(cases, async ([document, draw]) => {
          const index = run++;
          if (typeErrors) return; // replayed below
          pending.push({ dir: (await runCase(workspace, document, draw)).dir, run: index });
          passed++;
          if (pending.length >= BATCH) checkPending();
        }),
        { numRuns: RUNS, seed: SEED },
      );
      if (!typeErrors && pending.length > 0) checkPending();

      if (typeErrors) {
        // The failing run alone, type-checked, so fast-check shrinks the spec.
        await fc.assert(
          fc.asyncProperty(cases, async ([document, draw]) => {
            const { dir } = await runCase(workspace, document, draw);
            try {
              expect(typeCheck([dir]).get(dir) ?? []).toEqual([]);
            } finally {
              workspace.remove(dir);
            }
          }),
          { seed: SEED, path: String(typeErrors.run), numRuns: 1 },
        );
        expect.unreachable(`run ${typeErrors.run} (seed ${SEED}) has type errors only with its batch:\n${typeErrors.problems.join("\n")}`);
      }
      expect(passed).toBe(RUNS);
    },
    TIMEOUT,
  );
});
