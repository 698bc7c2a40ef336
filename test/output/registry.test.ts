import { describe, expect, it } from "vitest";
import { fixtures, generatedDir } from "../support/paths.js";

interface Registry {
  schemas: Record<string, { name: string; validate(value: unknown): { ok: boolean } }>;
  forObject(value: unknown): { name: string } | undefined;
}

const registry = async (): Promise<Registry> => (await import(`${generatedDir("2023-09-12")}/registry.js`)) as Registry;

describe("the registry", () => {
  it("has a module for every schema, under its spec name", async () => {
    const { schemas } = await registry();
    expect(Object.keys(schemas)).toHaveLength(819);
    expect(schemas["billing_portal.session"]!.name).toBe("billing_portal.session");
  });

  it("picks the module for each real fixture from its object field, deletion stubs included", async () => {
    const { forObject, schemas } = await registry();
    const resources = fixtures("2023-09-12");
    const withObject = Object.entries(resources).filter(([, value]) => typeof (value as { object?: unknown }).object === "string");
    expect(withObject.length).toBeGreaterThan(100);
    for (const [name, value] of withObject) {
      const picked = forObject(value);
      // A union's fixture (payment_source, deleted_external_account) is one of its members.
      if (picked?.name !== name) {
        expect(picked, name).toBeDefined();
        expect(schemas[name]!.validate(value).ok && (picked as unknown as Registry["schemas"][string]).validate(value).ok, name).toBe(true);
      }
    }
    expect(forObject({ object: "customer", deleted: true, id: "cus_1" })?.name).toBe("deleted_customer");
  });

  it("returns undefined for what names no schema", async () => {
    const { forObject } = await registry();
    expect(forObject({ object: "no_such_thing" })).toBeUndefined();
    expect(forObject("customer")).toBeUndefined();
    expect(forObject(null)).toBeUndefined();
    expect(forObject({})).toBeUndefined();
  });
});
