import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { writeOutput } from "../../generator/write/write.js";
import { fixtures, schemaValueOf, type SchemaModuleLike } from "../support/paths.js";
import { copy, loadSpec, type Spec } from "./support.js";

const examples = fixtures("2023-09-12");
const example = (name: string) => copy(examples[name]) as Record<string, any>;

let spec: Spec;
let Charge: SchemaModuleLike;
beforeAll(async () => {
  spec = await loadSpec("2023-09-12");
  Charge = spec.module("charge");
});

/** A charge with an unknown key at every kind of level: the top, an inline object, a referenced object, an array item, an expanded payload. */
function chargeWithExtras() {
  const charge = example("charge");
  charge.extra_top = 1;
  charge.refunds = { ...charge.refunds, extra_inline: { deep: true }, data: [{ ...example("refund"), extra_item: "x" }] };
  charge.billing_details.extra_ref = null;
  charge.billing_details.address.extra_nested = [];
  charge.customer = { ...example("customer"), extra_expanded: "x" };
  charge.metadata = { order: "42", ["a/b~c"]: "map keys are data" };
  return charge;
}

function withoutExtras() {
  const charge = example("charge");
  charge.refunds = { ...charge.refunds, data: [example("refund")] };
  charge.customer = example("customer");
  charge.metadata = { order: "42", ["a/b~c"]: "map keys are data" };
  return charge;
}

describe("unknownKeys: 'strip'", () => {
  it("returns a copy without unknown keys at every level, and leaves the input as it was", () => {
    const input = chargeWithExtras();
    const before = copy(input);
    const result = Charge.validate(input, { unknownKeys: "strip" });
    expect(result).toEqual({ ok: true, value: withoutExtras() });
    expect(input).toEqual(before);
    const value = (result as { value: Record<string, any> }).value;
    for (const [copied, original] of [
      [value, input],
      [value.refunds, input.refunds],
      [value.refunds.data[0], input.refunds.data[0]],
      [value.billing_details.address, input.billing_details.address],
      [value.customer, input.customer],
      [value.metadata, input.metadata],
    ]) {
      expect(copied).not.toBe(original);
    }
  });

  it("changes nothing but the copy's identity when there is nothing to strip", () => {
    const charge = example("charge");
    const result = Charge.validate(charge, { unknownKeys: "strip" });
    expect(result).toEqual({ ok: true, value: charge });
    expect(result.ok && result.value).not.toBe(charge);
  });

  it("strips nothing from invalid input: it reports the issues", () => {
    const charge = chargeWithExtras();
    charge.amount = "100";
    const result = Charge.validate(charge, { unknownKeys: "strip" });
    expect(!result.ok && result.issues.map((issue) => issue.pointer)).toEqual(["/amount"]);
  });

  it("regression: keeps a deleted customer's `deleted` (it chose the customer branch, which has no such key)", () => {
    const charge = example("charge");
    charge.customer = { id: "cus_1", object: "customer", deleted: true };
    const result = Charge.validate(charge, { unknownKeys: "strip" });
    expect(result.ok && result.value).toEqual(charge);
  });

  it("regression: reads getters as the checks read them, not as undefined", () => {
    const charge = example("charge");
    Object.defineProperty(charge, "id", { get: () => "ch_getter", enumerable: true });
    const result = Charge.validate(charge, { unknownKeys: "strip" });
    expect(result.ok && (result.value as Record<string, unknown>).id).toBe("ch_getter");
  });

  it("regression: a getter that throws only when strip reads it again is an issue, not an exception", () => {
    const charge = example("charge");
    let reads = 0;
    Object.defineProperty(charge, "id", {
      get: () => {
        if (reads++ > 0) throw new Error("read twice");
        return "ch_1";
      },
      enumerable: true,
    });
    const result = Charge.validate(charge, { unknownKeys: "strip" });
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: "exception", pointer: "", received: "read twice" })] });
  });
});

describe("unknownKeys: 'reject'", () => {
  it("reports each unknown key with its path, and no key of a map", () => {
    const result = Charge.validate(chargeWithExtras(), { unknownKeys: "reject" });
    expect(result.ok).toBe(false);
    const issues = !result.ok ? result.issues : [];
    expect(issues.map(({ code, path, pointer, received }) => ({ code, path, pointer, received }))).toEqual([
      { code: "unrecognized_key", path: ["billing_details", "address", "extra_nested"], pointer: "/billing_details/address/extra_nested", received: "extra_nested" },
      { code: "unrecognized_key", path: ["billing_details", "extra_ref"], pointer: "/billing_details/extra_ref", received: "extra_ref" },
      { code: "unrecognized_key", path: ["customer", "extra_expanded"], pointer: "/customer/extra_expanded", received: "extra_expanded" },
      { code: "unrecognized_key", path: ["refunds", "data", 0, "extra_item"], pointer: "/refunds/data/0/extra_item", received: "extra_item" },
      { code: "unrecognized_key", path: ["refunds", "extra_inline"], pointer: "/refunds/extra_inline", received: "extra_inline" },
      { code: "unrecognized_key", path: ["extra_top"], pointer: "/extra_top", received: "extra_top" },
    ]);
    expect(issues[0]!.message).toBe('Unrecognized key "extra_nested"');
  });

  it("accepts Stripe's examples, which have no unknown keys", () => {
    for (const name of ["charge", "customer", "billing_portal.session", "account", "invoice"]) {
      expect(spec.module(name).validate(examples[name], { unknownKeys: "reject" }).ok, name).toBe(true);
    }
  });

  it("passthrough (the default) keeps unknown keys and returns the input itself", () => {
    const charge = chargeWithExtras();
    const result = Charge.validate(charge);
    expect(result.ok && result.value).toBe(charge);
    expect(Charge.validate(charge, { unknownKeys: "passthrough" })).toEqual(result);
  });
});

/**
 * setup_intent's `payment_method_options.acss_debit` is `anyOf` two object schemas (the
 * acss_debit options, with `currency` and `verification_method`, and the client options,
 * with `verification_method` alone): no type or `object` tells them apart, so the check
 * tries each in turn.
 */
describe("a union whose members are tried in turn", () => {
  const acssDebit = (value: unknown, options?: { unknownKeys: "reject" }) => {
    const intent = example("setup_intent");
    intent.payment_method_options = { acss_debit: value };
    const result = spec.module("setup_intent").validate(intent, options);
    return result.ok ? "valid" : result.issues.map(({ code, pointer }) => `${code} at ${pointer}`);
  };

  it("reports the issues of the nearest member, the one that fails with the fewest: mending them makes the value valid", () => {
    // The acss_debit options fail twice (currency, verification_method), the client options once.
    expect(acssDebit({ currency: "eur", verification_method: 7 })).toEqual(["invalid_type at /payment_method_options/acss_debit/verification_method"]);
    expect(acssDebit({ currency: "eur", verification_method: "instant" })).toBe("valid");
    // With unknown keys rejected, `currency` is one more issue for the client options.
    expect(acssDebit({ currency: "usd", verification_method: 7 }, { unknownKeys: "reject" })).toEqual(["invalid_type at /payment_method_options/acss_debit/verification_method"]);
  });

  it("reports one invalid_union naming the members when two come equally near, or none took the value's type", () => {
    const union = ["invalid_union at /payment_method_options/acss_debit"];
    expect(acssDebit({ verification_method: 7 })).toEqual(union);
    expect(acssDebit({ currency: "eur", verification_method: "instant" }, { unknownKeys: "reject" })).toEqual(union);
    expect(acssDebit("acss_debit")).toEqual(union);
  });
});

describe("mode: 'lenient'", () => {
  it("turns missing required fields and unknown values of closed enums into warnings", () => {
    const charge = example("charge");
    delete charge.amount;
    charge.status = "a_status_added_later";
    delete charge.payment_method_details.type;
    const strict = Charge.validate(charge);
    expect(!strict.ok && strict.issues.map(({ code, pointer }) => [code, pointer])).toEqual([
      ["required", "/amount"],
      ["required", "/payment_method_details/type"],
      ["invalid_enum", "/status"],
    ]);
    const lenient = Charge.validate(charge, { mode: "lenient" });
    expect(lenient.ok && lenient.value).toBe(charge);
    expect(lenient.ok && lenient.warnings!.map(({ code, pointer, received }) => [code, pointer, received])).toEqual([
      ["required", "/amount", "undefined"],
      ["required", "/payment_method_details/type", "undefined"],
      ["invalid_enum", "/status", "a_status_added_later"],
    ]);
  });

  it("still rejects wrong types, reporting errors only, not the warnings", () => {
    const charge = example("charge");
    delete charge.amount;
    charge.status = 3;
    charge.captured = "yes";
    const result = Charge.validate(charge, { mode: "lenient" });
    expect(!result.ok && result.issues.map(({ code, pointer }) => [code, pointer])).toEqual([
      ["invalid_type", "/captured"],
      ["invalid_type", "/status"],
    ]);
  });

  it("has no warnings key when there is nothing to warn about", () => {
    expect(Charge.validate(example("charge"), { mode: "lenient" })).toEqual({ ok: true, value: example("charge") });
  });
});

describe("open enums (x-stripeBypassValidation)", () => {
  it("accept any string, in strict mode too, and only strings", () => {
    const account = example("account");
    account.business_type = "a_type_stripe_added_later";
    expect(spec.module("account").validate(account).ok).toBe(true);
    account.business_type = 7;
    const result = spec.module("account").validate(account);
    expect(!result.ok && result.issues.map(({ code, pointer }) => [code, pointer])).toEqual([["invalid_type", "/business_type"]]);
  });
});

describe("maxDepth", () => {
  it("counts object levels, and reports the first object past the limit", () => {
    const charge = example("charge");
    charge.customer = example("customer");
    expect(Charge.validate(charge, { maxDepth: 4 }).ok).toBe(true);
    const result = Charge.validate(charge, { maxDepth: 1 });
    expect(!result.ok && result.issues.map(({ code, pointer, expected }) => [code, pointer, expected])).toEqual([["too_deep", "/billing_details", 1]]);
  });
});

describe("issues", () => {
  it("have code, path, an RFC 6901 pointer, a message, and expected/received when known", () => {
    const charge = example("charge");
    charge.metadata = { "a/b~c": 1 };
    charge.description = "x".repeat(40_001);
    const result = Charge.validate(charge);
    expect(!result.ok && result.issues).toEqual([
      { code: "too_long", path: ["description"], pointer: "/description", message: "Too long: expected at most 40000 characters, received 40001", expected: 40000, received: 40001 },
      { code: "invalid_type", path: ["metadata", "a/b~c"], pointer: "/metadata/a~1b~0c", message: "Invalid type: expected string, received integer", expected: "string", received: "integer" },
    ]);
  });

  it("count length in code points, as JSON Schema does: 5000 emoji fit in maxLength 5000", () => {
    const charge = example("charge");
    charge.id = "😀".repeat(5000);
    expect(Charge.validate(charge).ok).toBe(true);
    charge.id = "😀".repeat(5001);
    const result = Charge.validate(charge);
    expect(!result.ok && result.issues.map(({ code, received }) => [code, received])).toEqual([["too_long", 5001]]);
  });
});

describe("is() and Standard Schema", () => {
  it("is() agrees with strict validate", () => {
    const charge = example("charge");
    expect(Charge.is(charge)).toBe(true);
    delete charge.amount;
    expect(Charge.is(charge)).toBe(false);
    expect(Charge.validate(charge, { mode: "lenient" }).ok).toBe(true);
    expect(Charge.is(null)).toBe(false);
  });

  it("~standard is Standard Schema v1: { value } or { issues: [{ message, path }] }, synchronously", () => {
    const standard = Charge["~standard"];
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe("gen-schemas");
    const charge = example("charge");
    expect(standard.validate(charge)).toEqual({ value: charge });
    charge.refunds = { ...charge.refunds, data: [{ ...example("refund"), amount: "1" }] };
    delete charge.object;
    expect(standard.validate(charge)).toEqual({
      issues: [
        { message: "Required: can't be blank", path: ["object"] },
        { message: "Invalid type: expected integer, received string", path: ["refunds", "data", 0, "amount"] },
      ],
    });
    expect(Object.keys(standard.validate(charge))).toEqual(["issues"]);
  });

  it("validate never throws on odd options", () => {
    expect(Charge.validate(example("charge"), null as never).ok).toBe(true);
    expect(Charge.validate(example("charge"), {}).ok).toBe(true);
  });
});

describe("regression: strip keeps the keys of a free-form map (additionalProperties: true or {})", () => {
  let dir: string;
  let Thing: SchemaModuleLike;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "gen-schemas-free-form-"));
    const schemas = {
      thing: {
        type: "object",
        properties: { id: { type: "string" }, free: { type: "object", additionalProperties: true }, loose: { type: "object", additionalProperties: {} } },
        required: ["id"],
      },
    };
    writeFileSync(join(dir, "spec.json"), JSON.stringify({ openapi: "3.0.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } }));
    const { files } = await generate({ spec: join(dir, "spec.json") });
    await writeOutput(join(dir, "out"), files);
    Thing = schemaValueOf((await import(join(dir, "out", "thing.js"))) as Record<string, unknown>, "thing.js");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps them, and strips unknown keys around them", () => {
    const input = { id: "t", free: { a: 1, b: { c: [2] } }, loose: { x: null }, gone: true };
    expect(Thing.validate(input, { unknownKeys: "strip" })).toEqual({ ok: true, value: { id: "t", free: { a: 1, b: { c: [2] } }, loose: { x: null } } });
    expect(Thing.validate(input, { unknownKeys: "reject" })).toMatchObject({ ok: false, issues: [{ code: "unrecognized_key", pointer: "/gone" }] });
  });
});
