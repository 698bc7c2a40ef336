/**
 * Every Stripe example object, through changesets: cast onto nothing it is valid and
 * comes back whole; cast onto itself it is no change. Then typia-style spoilers: each
 * value of each example replaced by a wrong one, and the changeset's errors must be
 * where `validate` puts its issues (a changeset may stop at a list or map of scalars,
 * which it casts as a whole, so a changeset error may sit above the issue).
 */
import { describe, expect, it } from "vitest";
import { fixtures, generatedDir, schemaModule, type SpecVersion } from "../support/paths.js";
import type { Runtime } from "./support.js";
import type { FieldError } from "../../templates/runtime/api.js";

type Path = (string | number)[];

const VERSIONS: SpecVersion[] = ["2023-09-12", "2022-04-12"];

/** Stripe's examples, by spec name. */
function examples(version: SpecVersion): [string, Record<string, unknown>][] {
  return Object.entries(fixtures(version)) as [string, Record<string, unknown>][];
}

async function runtimeOf(version: SpecVersion): Promise<Runtime> {
  return (await import(`${generatedDir(version)}/index.js`)) as Runtime;
}

describe.each(VERSIONS)("Stripe's examples of %s", (version) => {
  it.each(examples(version))("%s: cast onto nothing is valid and comes back whole; onto itself is no change", async (name, example) => {
    const module = await schemaModule(version, name);
    const { applyChanges } = await runtimeOf(version);
    if (!module.validate(example).ok) {
      // An example its own spec rejects (2023's treasury.outbound_payment): the changeset must reject it too.
      expect(module.changeset({}, example).valid).toBe(false);
      return;
    }
    const inserted = module.changeset({}, example);
    expect(inserted.errors).toEqual({});
    // Whole, but for the keys its schema does not declare, which cast ignores (and validate would reject).
    const { removed, differing } = compare(example, applyChanges(inserted), []);
    expect(differing).toEqual([]);
    const rejected = module.validate(example, { unknownKeys: "reject" });
    const unknown = rejected.ok ? [] : rejected.issues.filter((issue) => issue.code === "unrecognized_key").map((issue) => issue.pointer);
    expect(removed.map(pointer).filter((each) => !unknown.includes(each))).toEqual([]);
    expect(module.changeset(example, structuredClone(example))).toMatchObject({ changes: {}, errors: {}, valid: true });
    expect(module.changeset(example, {})).toMatchObject({ changes: {}, errors: {}, valid: true });
  });
});

describe.each(VERSIONS)("spoilers on the examples of %s: changeset errors sit where validate's issues are", (version) => {
  it.each(examples(version))("%s", async (name, example) => {
    const module = await schemaModule(version, name);
    const { traverseErrors } = await runtimeOf(version);
    if (!module.validate(example).ok) return;
    const mismatches: unknown[] = [];
    for (const path of leaves(example, [])) {
      for (const spoiler of spoilers(at(example, path))) {
        const spoiled = replaced(example, path, spoiler);
        const result = module.validate(spoiled);
        const issues = result.ok ? [] : result.issues.map((issue) => issue.path);
        const errors: Path[] = [];
        traverseErrors(module.changeset({}, spoiled), (error: FieldError, where: Path) => errors.push(location(where, error)));
        const covered = issues.every((issue) => errors.some((error) => startsWith(issue, error)));
        const grounded = errors.every((error) => issues.some((issue) => startsWith(issue, error)));
        if (!covered || !grounded) mismatches.push({ path, spoiler: String(spoiler).slice(0, 20), issues, errors });
      }
    }
    expect({ count: mismatches.length, first: mismatches.slice(0, 3) }).toEqual({ count: 0, first: [] });
  });
});

/** How `applied` differs from `example`: keys it lacks, and anything else (a value changed or added). */
function compare(example: unknown, applied: unknown, path: Path): { removed: Path[]; differing: Path[] } {
  const removed: Path[] = [];
  const differing: Path[] = [];
  const walk = (a: unknown, b: unknown, here: Path): void => {
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) a.forEach((item, i) => walk(item, b[i], [...here, i]));
    else if (isPlain(a) && isPlain(b)) {
      for (const key of Object.keys(a)) if (Object.hasOwn(b, key)) walk(a[key], b[key], [...here, key]);
      else removed.push([...here, key]);
      for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) differing.push([...here, key]);
    } else if (!Object.is(a, b)) differing.push(here);
  };
  walk(example, applied, path);
  return { removed, differing };
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function pointer(path: Path): string {
  return path.map((segment) => `/${String(segment)}`).join("");
}

/** Paths of the scalars, nulls and empty lists and objects of a JSON value. */
function leaves(value: unknown, path: Path): Path[] {
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((item, i) => leaves(item, [...path, i]));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([key, item]) => leaves(item, [...path, key]));
  }
  return [path];
}

/** Wrong values for a leaf: one of no JSON type, and a string too long for any `maxLength`. */
function spoilers(value: unknown): unknown[] {
  return typeof value === "string" ? [Symbol("spoiled"), "x".repeat(5001)] : [Symbol("spoiled")];
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function replaced(value: unknown, path: Path, spoiler: unknown): unknown {
  if (path.length === 0) return spoiler;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaced(item, rest, spoiler) : item));
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  copy[head as string] = replaced(copy[head as string], rest, spoiler);
  return copy;
}

/** Where an error is: its fields and indexes, then the path below a field it carries; `_params` is the object itself. */
function location(where: Path, error: FieldError): Path {
  const path = error.path ? [...where.slice(0, -1), ...error.path] : where;
  return path.filter((segment) => segment !== "_params");
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}
