import { describe, expect, it } from "vitest";
import { fixtures } from "../support/paths.js";
import { expandableSpoilers, pointerOf, spoilers, type Path, type SpoilerKind } from "./spoilers.js";
import { loadSpec, VERSIONS } from "./support.js";

type Found = { code: string; path: Path; pointer: string };

const sortKey = (issue: Found) => `${issue.pointer} ${issue.code}`;
const sorted = (issues: Found[]) => [...issues].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
const under = (at: Path, path: Path) => at.length <= path.length && at.every((segment, i) => segment === path[i]);

describe.each(VERSIONS)("spoilers of %s's examples", (version) => {
  const examples = fixtures(version);

  /** Checks every spoiler of every example; returns the mismatches and how many of each kind ran. */
  async function run(make: typeof spoilers) {
    const spec = await loadSpec(version);
    const counts: Partial<Record<SpoilerKind, number>> = {};
    const wrong: { spoiler: string; want: Found[]; got: Found[] }[] = [];
    for (const [name, example] of Object.entries(examples)) {
      const module = spec.module(name);
      const own = module.validate(example);
      const baseline: Found[] = own.ok ? [] : own.issues.map(({ code, path, pointer }) => ({ code, path, pointer }));
      for (const spoiler of make(spec, name, example, examples)) {
        counts[spoiler.kind] = (counts[spoiler.kind] ?? 0) + 1;
        const result = module.validate(spoiler.value());
        const got = result.ok ? [] : result.issues.map(({ code, path, pointer }) => ({ code, path, pointer }));
        const want = [
          ...baseline.filter((issue) => !under(spoiler.at, issue.path)),
          ...spoiler.want.map(({ code, path }) => ({ code, path, pointer: pointerOf(path) })),
        ];
        if (JSON.stringify(sorted(got)) !== JSON.stringify(sorted(want))) wrong.push({ spoiler: `${name}: ${spoiler.name}`, want: sorted(want), got: sorted(got) });
      }
    }
    return { counts, wrong };
  }

  it("each break of an example is caught with its exact code, path and pointer", async () => {
    const { counts, wrong } = await run(spoilers);
    expect(wrong.slice(0, 5)).toEqual([]);
    // Every kind of break was tried, many times.
    for (const kind of ["required", "type", "enum", "too_long", "item"] as const) expect(counts[kind] ?? 0, kind).toBeGreaterThan(20);
    expect(counts.branch ?? 0).toBeGreaterThan(0); // payloads the examples expand themselves; expandableSpoilers makes more
  });

  it("a polymorphic field reports the errors of the branch its payload's `object` selects, at the nested path", async () => {
    const { counts, wrong } = await run(expandableSpoilers);
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(counts.branch ?? 0).toBeGreaterThan(20);
  });

  it("a payload tagged as another branch gets that branch's issues, not one invalid_union", async () => {
    const spec = await loadSpec(version);
    const charge = structuredClone(examples.charge) as Record<string, unknown>;
    charge.customer = { ...(examples.customer as object), object: "customer", deleted: true };
    const result = spec.module("charge").validate(charge);
    expect(result.ok).toBe(true); // a deleted customer has only id, object and deleted; other keys pass through
    charge.customer = { object: "customer", deleted: true };
    const issues = spec.module("charge").validate(charge);
    expect(!issues.ok && issues.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: "required", pointer: "/customer/id" }]);
    charge.customer = { object: "customer" };
    const asCustomer = spec.module("charge").validate(charge);
    const customerIssues = spec.module("customer").validate({ object: "customer" });
    expect(!asCustomer.ok && asCustomer.issues.map((issue) => issue.pointer)).toEqual(!customerIssues.ok && customerIssues.issues.map((issue) => `/customer${issue.pointer}`));
  });
});

