/**
 * Changesets of unions that no `object` tells apart (Stripe's `payment_method_options`
 * fields are such unions; embeds.test.ts has them): a param is cast as each embed and the
 * nearest is kept. Here on a spec of our own, for what Stripe's spec doesn't have: members
 * told apart by an enum field, whose casts differ; inline members, which have no check of
 * their own; a union schema at the top; and a union nested in itself.
 */
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
beforeAll(async () => {
  const pkg = await generatePackage(workspace, SCHEMAS);
  for (const name of Object.keys(SCHEMAS)) modules.set(name, await pkg.module(name));
  ({ applyChanges } = (await import(`${pkg.dir}/package/index.js`)) as { applyChanges: typeof applyChanges });
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

  it("a union nested in itself tries embeds within a budget, not at every level of the params (2^40 casts)", () => {
    // Both embeds fail at the bottom, so every level is tried both ways until the budget is spent.
    let params: Record<string, unknown> = { l: 5, r: "x" };
    for (let level = 0; level < 40; level++) params = { next: params };
    const started = performance.now();
    const cs = changeset("node", {}, params);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(cs.valid).toBe(false);
    expect(modules.get("node")!.validate(cs.applied).ok).toBe(true);
  });
});
