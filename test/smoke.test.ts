import { describe, expect, it } from "vitest";
import { fixtures, schemaModule } from "./support/paths.js";

describe("generated billing_portal.session", () => {
  it("accepts Stripe's example object and rejects it without its customer", async () => {
    const session = await schemaModule("2023-09-12", "billing_portal.session");
    const example = fixtures("2023-09-12")["billing_portal.session"] as Record<string, unknown>;
    expect(session.validate(example)).toEqual({ ok: true, value: example });
    const { customer: _customer, ...withoutCustomer } = example;
    const result = session.validate(withoutCustomer);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.pointer])).toEqual([["required", "/customer"]]);
  });
});
