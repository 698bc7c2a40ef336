/**
 * Changesets of unions that no `object` tells apart (Stripe's `payment_method_options`
 * fields are such unions; embeds.test.ts has them): a param is cast as each embed and the
 * nearest is kept. Here on a spec of our own, for what Stripe's spec doesn't have: members
 * told apart by an enum field, whose casts differ; inline members, which have no check of
 * their own; a union schema at the top; members that take any object; and a union nested
 * in itself. Then the cases the fuzz found once it cast every valid value it drew as params.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage, Workspace, type SchemaModule } from "../fuzz/harness.js";
import type { RawSchema } from "../fuzz/spec-arbitrary.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const SCHEMAS: Record<string, RawSchema> = {
  // Told apart by `kind`: "042" is an integer to a card, a string (zero kept) to a bank.
  card: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["card"] }, code: { type: "integer" } } },
  bank: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["bank"] }, code: { type: "string" } } },
  method: { oneOf: [ref("card"), ref("bank")] },
  wallet: {
    type: "object",
    properties: {
      method: ref("method"),
      // Inline members: no schema, so no check; their required fields and enums tell them apart.
      pick: {
        anyOf: [
          { type: "object", required: ["a"], properties: { a: { type: "string", enum: ["x"] } } },
          { type: "object", required: ["b"], properties: { b: { type: "integer" } } },
        ],
      },
    },
  },
  // Schemas that take any object: free-form, any value, a union with any value beside an embed.
  freeForm: { type: "object", properties: {} },
  anything: {},
  cardOrAnything: { anyOf: [ref("card"), {}] },
  // A union whose object members declare no property: a map, and an object that allows no key.
  codeOrCounts: { anyOf: [{ type: "string" }, { type: "object", additionalProperties: { type: "integer" } }] },
  codeOrNothing: { anyOf: [{ type: "string" }, { type: "object", properties: {}, additionalProperties: false }] },
  // Null is a value through a union member, a nullable ref on the way, or any value.
  nullableCard: { allOf: [ref("card")], nullable: true },
  holder: {
    type: "object",
    required: ["viaMember", "viaRef", "any"],
    properties: {
      viaMember: { anyOf: [ref("card"), { ...ref("bank"), nullable: true }] },
      viaRef: ref("nullableCard"),
      any: {},
      // A number stays a number where a `decimal` string member comes first.
      amount: { anyOf: [{ type: "string", format: "decimal", pattern: "^[0-9]+$" }, { type: "number" }] },
      // A list of lists of …: a cast error names its type to a few levels.
      nested: { anyOf: [ref("lists"), { type: "boolean" }] },
      // Items that are a card by `object`, or any object.
      items: { type: "array", items: { anyOf: [ref("taggedCard"), ref("freeForm")] } },
    },
  },
  lists: { type: "array", items: { anyOf: [ref("lists")] } },
  // Fixes `object` (a tagged member), beside an untagged one that takes any key.
  taggedCard: { type: "object", required: ["object", "number"], properties: { object: { type: "string", enum: ["card"] }, number: { type: "integer" } } },
  taggedOrOpen: { type: "object", properties: { pay: { anyOf: [ref("taggedCard"), { type: "object", properties: { note: { type: "string" } } }] } } },
  // A union nested in itself: each level of a param may be either member.
  node: { anyOf: [ref("left"), ref("right")] },
  left: { type: "object", properties: { next: ref("node"), l: { type: "string" } } },
  right: { type: "object", properties: { next: ref("node"), r: { type: "integer" } } },
};

interface Changeset {
  changes: Record<string, unknown>;
  errors: Record<string, unknown>;
  valid: boolean;
}

const workspace = new Workspace();
afterAll(() => workspace.remove());

const modules = new Map<string, SchemaModule>();
let applyChanges: (cs: unknown) => unknown;
let packageDir: string;
beforeAll(async () => {
  const pkg = await generatePackage(workspace, SCHEMAS);
  for (const name of Object.keys(SCHEMAS)) modules.set(name, await pkg.module(name));
  packageDir = join(pkg.dir, "package");
  ({ applyChanges } = (await import(pathToFileURL(join(packageDir, "index.js")).href)) as { applyChanges: typeof applyChanges });
});

/** A changeset, with nested changesets shown as their changes. */
function changeset(schema: string, data: unknown, params: unknown): Changeset & { applied: unknown } {
  const cs = modules.get(schema)!.changeset(data, params) as Changeset;
  return { changes: shown(cs.changes) as Record<string, unknown>, errors: cs.errors, valid: cs.valid, applied: applyChanges(cs) };
}

function shown(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(shown);
  const record = value as Record<string, unknown>;
  if ("changes" in record && "errors" in record && "valid" in record) return shown(record.changes);
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, shown(item)]));
}

describe("a union no `object` tells apart, cast as its nearest embed", () => {
  it("is told apart by what each embed's check says: the cast of the one that fits", () => {
    expect(changeset("wallet", {}, { method: { kind: "bank", code: "042" } })).toMatchObject({ changes: { method: { kind: "bank", code: "042" } }, valid: true });
    expect(changeset("wallet", {}, { method: { kind: "card", code: "042" } })).toMatchObject({ changes: { method: { kind: "card", code: 42 } }, valid: true });
  });

  it("a union schema at the top casts its params the same way, over the data", () => {
    expect(changeset("method", {}, { kind: "bank", code: "042" })).toMatchObject({ changes: { kind: "bank", code: "042" }, valid: true });
    expect(changeset("method", { kind: "card", code: 1 }, { code: "7" })).toMatchObject({ changes: { code: 7 }, valid: true, applied: { kind: "card", code: 7 } });
  });

  it("the nearest embed's errors are the changeset's", () => {
    // As a card: one cast error (code); as a bank: the kind refused.
    expect(changeset("wallet", {}, { method: { kind: "card", code: "x1" } })).toMatchObject({
      errors: { method: { code: [{ message: "is invalid", validation: "cast", type: "integer" }] } },
      valid: false,
    });
  });

  it("inline members are judged by their required fields and enums", () => {
    expect(changeset("wallet", {}, { pick: { b: "5" } })).toMatchObject({ changes: { pick: { b: 5 } }, valid: true });
    expect(changeset("wallet", {}, { pick: { a: "x" } })).toMatchObject({ changes: { pick: { a: "x" } }, valid: true });
  });

  it("agrees with validate: valid when its applied data is, else a cast failed (the applied data leaves that field out)", () => {
    const params = [
      { method: { kind: "bank", code: "042" } },
      { method: { kind: "card", code: "7" } },
      { method: { kind: "card", code: "x" } },
      { method: { kind: "cash" } },
      { method: { code: "1" } },
      { pick: { b: "5" } },
      { pick: { a: "y" } },
      { pick: { a: "x", b: "z" } },
      { pick: {} },
    ];
    for (const each of params) {
      const cs = changeset("wallet", {}, each);
      const ok = modules.get("wallet")!.validate(cs.applied).ok;
      if (cs.valid || !ok) expect(ok, JSON.stringify(each)).toBe(cs.valid);
      else expect(JSON.stringify(cs.errors), JSON.stringify(each)).toContain('"validation":"cast"');
    }
  });

  it("a union with a member that takes any object keeps params no embed fits as given", () => {
    expect(changeset("cardOrAnything", {}, { kind: "card", code: "7" })).toMatchObject({ changes: { kind: "card", code: 7 }, valid: true });
    expect(changeset("cardOrAnything", {}, { kind: "card", code: "seven", note: 1 })).toMatchObject({ changes: { kind: "card", code: "seven", note: 1 }, errors: {}, valid: true });
  });

  it("a param whose `object` names a member it doesn't fit is cast as an untagged member it fits", () => {
    expect(changeset("taggedOrOpen", {}, { pay: { object: "card", note: "cash" } })).toMatchObject({ changes: { pay: { note: "cash" } }, errors: {}, valid: true });
    expect(changeset("taggedOrOpen", {}, { pay: { object: "card", number: "42" } })).toMatchObject({ changes: { pay: { object: "card", number: 42 } }, valid: true });
  });
});

describe("regressions found by casting valid values as params (the fuzz's changeset property)", () => {
  it("a schema that takes any object makes every param a change, as given", () => {
    for (const schema of ["freeForm", "anything"]) {
      expect(changeset(schema, {}, { a: 1, b: { c: null } }), schema).toMatchObject({ changes: { a: 1, b: { c: null } }, errors: {}, valid: true });
    }
  });

  it("a union schema whose object member declares no property casts params as that member", () => {
    expect(changeset("codeOrCounts", {}, { a: "1", b: 2 })).toMatchObject({ changes: { a: 1, b: 2 }, valid: true });
    expect(changeset("codeOrCounts", {}, { a: "x" })).toMatchObject({ errors: { a: [{ message: "is invalid", validation: "cast", type: "integer" }] }, valid: false });
    expect(changeset("codeOrNothing", {}, {})).toMatchObject({ changes: {}, errors: {}, valid: true });
  });

  it("null stays a value where a union member, a ref on the way or any value holds it", () => {
    const cs = changeset("holder", {}, { viaMember: null, viaRef: null, any: null });
    expect(cs).toMatchObject({ changes: { viaMember: null, viaRef: null, any: null }, errors: {}, valid: true });
  });

  it("a number stays a number where a union also has a string member that would convert it", () => {
    const base = { viaMember: null, viaRef: null, any: 0 };
    expect(changeset("holder", {}, { ...base, amount: 12.5 })).toMatchObject({ changes: { amount: 12.5 }, valid: true });
    expect(changeset("holder", {}, { ...base, amount: "125" })).toMatchObject({ changes: { amount: "125" }, valid: true });
  });

  it("a list of items that are a member by `object` or any object keeps the items no member fits", () => {
    const base = { viaMember: null, viaRef: null, any: 0 };
    const cs = changeset("holder", {}, { ...base, items: [{ object: "card", number: "4" }, { object: "card", note: true }] });
    expect(cs).toMatchObject({ changes: { items: [{ object: "card", number: 4 }, { object: "card", note: true }] }, errors: {}, valid: true });
  });

  it("a cast error names a type that holds itself to a few levels, rather than exhaust the stack", () => {
    const base = { viaMember: null, viaRef: null, any: 0 };
    const cs = changeset("holder", {}, { ...base, nested: 5 });
    const [error] = (cs.errors as { nested: { validation: string; type: string }[] }).nested;
    expect(error).toMatchObject({ validation: "cast" });
    expect(error!.type).toMatch(/^array of array of .*array \| boolean$/);
  });

  it("a union nested in itself tries embeds within a budget, not at every level of the params (2^40 casts)", () => {
    // Both embeds fail at the bottom, so every level is tried both ways until the budget is
    // spent. Without the budget the changeset never returns: it runs in a child process that
    // is killed (and the test fails) if it hasn't answered in 60 s; with it, it takes milliseconds.
    const script = `
      const { schemas } = await import(${JSON.stringify(pathToFileURL(join(packageDir, "registry.js")).href)});
      const { applyChanges } = await import(${JSON.stringify(pathToFileURL(join(packageDir, "index.js")).href)});
      let params = { l: 5, r: "x" };
      for (let level = 0; level < 40; level++) params = { next: params };
      const cs = schemas.node.changeset({}, params);
      console.log(JSON.stringify({ valid: cs.valid, appliedValid: schemas.node.validate(applyChanges(cs)).ok }));
    `;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(JSON.parse(output)).toEqual({ valid: false, appliedValid: true });
  });
});
