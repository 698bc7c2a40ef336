import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile, type Check, type Relation } from "./oracle/check-file.js";
import { schemasWith, specSchemas, type SpecSchema } from "./oracle/spec-schemas.js";
import { typecheck } from "./oracle/typecheck.js";
import { prepareWorkspace, VARIANTS, type Variant } from "./oracle/workspace.js";
import { SPECS, type SpecVersion } from "./support/paths.js";

/**
 * openapi-typescript (default options) is the oracle for our types: for every schema of
 * each vendored spec, our type and `components["schemas"][name]` must be assignable to
 * each other, except where a deliberate difference below makes ours wider.
 *
 * Each schema is compared twice: its own body (openapi-typescript's, with its references
 * pointed at our types, so a difference shows at the schema that has it) and whole
 * (references followed, as a user sees it).
 */

/** A place where ours is wider than theirs on purpose: theirs is assignable to ours, not back. */
interface DeliberateDifference {
  reason: string;
  /** Our typings it holds for: closed and/or open `x-stripeBypassValidation` enums. */
  variants: readonly Variant[];
  /** The spec subschemas where it shows. */
  at(schema: SpecSchema): boolean;
}

const DELIBERATE_DIFFERENCES: Record<string, DeliberateDifference> = {
  "object without properties": {
    reason: "`type: object` with no properties allows any keys (additionalProperties defaults to true; Stripe fills e.g. `use_stripe_sdk`): ours `{ [key: string]: unknown }`, theirs `Record<string, never>`",
    variants: ["closed", "open"],
    at: (schema) =>
      schema.type === "object" && isEmpty(schema.properties) && schema.additionalProperties === undefined && !["anyOf", "oneOf", "allOf", "enum"].some((keyword) => keyword in schema),
  },
  "open enum": {
    reason: "`x-stripeBypassValidation`: the API may send values the spec doesn't list, so ours adds `| (string & {})`",
    variants: ["open"],
    at: (schema) => schema["x-stripeBypassValidation"] === true && Array.isArray(schema.enum),
  },
};

const SAME: readonly Relation[] = ["same"];
const WIDER: readonly Relation[] = ["ours is wider"];
/** A difference reached through a union can be absorbed by another member. */
const WIDER_OR_SAME: readonly Relation[] = ["ours is wider", "same"];

type Kind = "own body" | "whole";

interface Outcome {
  /** Failed checks by variant and kind: "label: want …, got …". */
  failures: Map<string, string[]>;
  /** Diagnostics that are not a failed check: our output, theirs or the check file don't compile. */
  problems: string[];
  /** How many schemas each deliberate difference shows at. */
  seen: Map<string, number>;
}

/** Writes both typings, theirs and a check file into `dir`, and type-checks them. */
async function runOracle(spec: string, dir: string): Promise<Outcome> {
  // One after the other: should one fail, nothing goes on writing into `dir` after its removal.
  const schemas = await specSchemas(spec);
  const workspace = await prepareWorkspace(spec, dir);
  const checks: (Check & { group: string })[] = [];
  const seen = new Map(Object.entries(DELIBERATE_DIFFERENCES).map(([name, difference]) => [name, schemasWith(schemas, difference.at).own.size]));
  for (const variant of VARIANTS) {
    const differences = Object.entries(DELIBERATE_DIFFERENCES).filter(([, difference]) => difference.variants.includes(variant));
    const { own, reaching } = schemasWith(schemas, (schema) => differences.some(([, difference]) => difference.at(schema)));
    for (const { name } of workspace.ir.schemas) {
      const key = JSON.stringify(name);
      const ours = `Ours_${variant}[${key}]`;
      checks.push(
        { group: group(variant, "own body"), label: `${variant} enums, own body of ${name}`, ours, theirs: `OwnBody_${variant}[${key}]`, want: own.has(name) ? WIDER : SAME },
        { group: group(variant, "whole"), label: `${variant} enums, ${name}`, ours, theirs: `components["schemas"][${key}]`, want: reaching.has(name) ? WIDER_OR_SAME : SAME },
      );
    }
  }
  const imports = [
    'import type { components } from "./theirs.js";',
    ...VARIANTS.flatMap((variant) => [
      `import type { Ours as Ours_${variant} } from "./ours-${variant}.js";`,
      `import type { Schemas as OwnBody_${variant} } from "./theirs-${variant}.js";`,
    ]),
  ];
  const check = checkFile(imports, checks);
  const checkPath = join(dir, "check.ts");
  writeFileSync(checkPath, check.text);

  const failures = new Map<string, string[]>();
  const problems: string[] = [];
  for (const problem of typecheck([checkPath, ...workspace.files.filter((file) => file.endsWith(".ts"))])) {
    const failed = problem.file === checkPath ? checks[check.indexAt(problem.line)] : undefined;
    if (!failed) {
      problems.push(`${problem.file ?? "(no file)"}:${problem.line}: ${problem.message}`);
      continue;
    }
    const got = /^Type '"(.*)"' does not satisfy/.exec(problem.message)?.[1]?.slice(failed.label.length + 2) ?? problem.message;
    failures.set(failed.group, [...(failures.get(failed.group) ?? []), `${failed.label}: want ${failed.want.join(" or ")}, got ${got}`]);
  }
  return { failures, problems, seen };
}

function group(variant: Variant, kind: Kind): string {
  return `${variant}/${kind}`;
}

function isEmpty(properties: unknown): boolean {
  return properties === undefined || (typeof properties === "object" && properties !== null && Object.keys(properties).length === 0);
}

describe.each(Object.keys(SPECS) as SpecVersion[])("openapi-typescript as the oracle for the %s spec", (version) => {
  let dir = "";
  let outcome: Outcome;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `gen-schemas-oracle-${version}-`));
    outcome = await runOracle(SPECS[version], dir);
  }, 180_000);

  afterAll(() => {
    if (process.env.ORACLE_KEEP) console.log(`oracle files kept in ${dir}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("type-checks our types-only output, theirs and the check file with strict on", () => {
    expect(outcome.problems).toEqual([]);
  });

  it("closed enums: every schema's own body is mutually assignable with theirs, but for the deliberate differences", () => {
    expect(outcome.failures.get(group("closed", "own body")) ?? []).toEqual([]);
  });

  it("closed enums: every schema is mutually assignable with theirs where no deliberate difference is reachable", () => {
    expect(outcome.failures.get(group("closed", "whole")) ?? []).toEqual([]);
  });

  it("open enums (the default): ours is wider exactly at x-stripeBypassValidation enums and the deliberate differences", () => {
    expect(outcome.failures.get(group("open", "own body")) ?? []).toEqual([]);
  });

  it("open enums (the default): theirs is assignable to ours for every schema", () => {
    expect(outcome.failures.get(group("open", "whole")) ?? []).toEqual([]);
  });

  it("finds every deliberate difference in the spec (an unused entry is stale)", () => {
    const unused = [...outcome.seen].filter(([, count]) => count === 0).map(([name]) => name);
    expect(unused).toEqual([]);
  });
});
