import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtures, type SchemaModuleLike } from "../support/paths.js";
import { copy, loadSpec, prototypeKeys, type Spec } from "./support.js";

/**
 * Values no JSON parser makes, handed to validate, is, ~standard and the strip/reject
 * options, and to the standalone validate<Type> and is<Type>: nothing throws, nothing
 * hangs, nothing writes to a prototype.
 */
const examples = fixtures("2023-09-12");
const example = (name: string) => copy(examples[name]) as Record<string, any>;
const MAX_ISSUES = 1000;

let spec: Spec;
let Charge: SchemaModuleLike;
let Card: SchemaModuleLike;
const prototypeBefore = prototypeKeys();

beforeAll(async () => {
  spec = await loadSpec("2023-09-12");
  Charge = spec.module("charge");
  Card = spec.module("issuing.card");
});

afterEach(() => {
  expect(prototypeKeys()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

/** Every way in, in every mode, the module's exports beside its value too; none may throw. Returns the strict result. */
function everyWay(module: SchemaModuleLike, input: unknown) {
  const strict = module.validate(input);
  for (const options of [{ mode: "lenient" }, { unknownKeys: "strip" }, { unknownKeys: "reject" }, { maxDepth: 3 }]) module.validate(input, options);
  expect(module.is(input)).toBe(strict.ok);
  const standalone = spec.standalone(module.name);
  expect(standalone.is(input)).toBe(strict.ok);
  const alone = standalone.validate(input);
  expect(alone.ok).toBe(strict.ok);
  if (!alone.ok && !strict.ok) expect(alone.issues).toEqual(strict.issues);
  const standard = module["~standard"].validate(input);
  expect("issues" in standard).toBe(!strict.ok);
  return strict;
}

const codes = (result: ReturnType<SchemaModuleLike["validate"]>) => (result.ok ? [] : result.issues.map(({ code, pointer }) => [code, pointer]));

describe("throwing getters and proxies", () => {
  it("a getter that throws is an exception issue", () => {
    const charge = example("charge");
    Object.defineProperty(charge, "amount", { get: () => { throw new Error("no amount for you"); }, enumerable: true });
    expect(codes(everyWay(Charge, charge))).toEqual([["exception", ""]]);
    const nested = example("charge");
    Object.defineProperty(nested.billing_details, "name", { get: () => { throw new TypeError("nested"); }, enumerable: true });
    expect(everyWay(Charge, nested)).toMatchObject({ ok: false, issues: [{ code: "exception", received: "nested", message: "Could not read the value: nested" }] });
  });

  it("a getter in a map, and one that throws a non-Error whose toString throws", () => {
    const charge = example("charge");
    Object.defineProperty(charge.metadata, "key", { get: () => { throw { toString: () => { throw new Error("worse"); } }; }, enumerable: true });
    expect(everyWay(Charge, charge)).toMatchObject({ ok: false, issues: [{ code: "exception", received: "unknown error" }] });
  });

  it("proxies whose every trap throws, revoked proxies, as the value and inside it", () => {
    const trap = () => { throw new Error("trapped"); };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [hostile, revoked, new Proxy([], { get: trap })]) {
      expect(everyWay(Charge, value).ok).toBe(false);
      expect(everyWay(Charge, { ...example("charge"), billing_details: value }).ok).toBe(false);
      expect(everyWay(Charge, { ...example("charge"), metadata: value }).ok).toBe(false);
    }
  });

  it("a proxy that lies about its keys is read through its traps, once per key", () => {
    const charge = example("charge");
    const liar = new Proxy(charge, { ownKeys: () => [...Reflect.ownKeys(charge), "ghost"], getOwnPropertyDescriptor: (target, key) => (key === "ghost" ? { value: 1, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(target, key)) });
    expect(everyWay(Charge, liar).ok).toBe(true);
  });
});

describe("cycles and depth", () => {
  it("a card that replaces itself, twice over, ends with one too_deep issue (not 2^256 walks)", () => {
    const card = example("issuing.card");
    card.replacement_for = card;
    card.replaced_by = card;
    const result = everyWay(Card, card);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "too_deep", expected: 256 });
    expect(issues[0]!.path).toHaveLength(256);
    expect(issues[0]!.pointer.startsWith("/replaced_by/replaced_by/")).toBe(true);
  });

  it("10,000-deep nesting through a self-referencing schema: too_deep by default, an exception issue when maxDepth lets the stack run out", () => {
    let deep: Record<string, unknown> = example("issuing.card");
    for (let i = 0; i < 10_000; i++) deep = { ...example("issuing.card"), replacement_for: deep };
    // The first object past level 256 is the cardholder's billing address of the card at level 254.
    const path = [...Array<string>(253).fill("replacement_for"), "cardholder", "billing", "address"];
    expect(everyWay(Card, deep)).toMatchObject({ ok: false, issues: [{ code: "too_deep", path }] });
    expect(Card.validate(deep)).toMatchObject({ issues: { length: 1 } });
    // 200,000 levels run any walk out of stack, however small the frames optimized code makes.
    const card = example("issuing.card");
    let deeper: Record<string, unknown> = card;
    for (let i = 0; i < 200_000; i++) deeper = { ...card, replacement_for: deeper };
    for (const options of [{ maxDepth: 300_000 }, { maxDepth: 300_000, unknownKeys: "strip" }, { maxDepth: Infinity }]) {
      expect(codes(Card.validate(deeper, options)), JSON.stringify(options)).toEqual([["exception", ""]]);
    }
    expect(codes(spec.standalone("issuing.card").validate(deeper, { maxDepth: Infinity }))).toEqual([["exception", ""]]);
  });

  it("10,000-deep nesting through the account cycle (account → external account → bank account → account)", () => {
    let deep: Record<string, unknown> = example("account");
    for (let i = 0; i < 10_000; i++) {
      const bank = { ...example("bank_account"), account: deep };
      deep = { ...example("account"), external_accounts: { object: "list", data: [bank], has_more: false, url: "/v1/accounts/x/external_accounts" } };
    }
    const result = everyWay(spec.module("account"), deep);
    expect(codes(result)).toHaveLength(1);
    expect(codes(result)[0]![0]).toBe("too_deep");
  });

  it("regression: nested polymorphic payloads are walked once, not once per branch at every level (2^40 here)", () => {
    const chain = (levels: number, spoil: (bank: Record<string, unknown>) => void) => {
      let deep: Record<string, unknown> = example("account");
      for (let i = 0; i < levels; i++) {
        const bank: Record<string, unknown> = { ...example("bank_account"), account: deep };
        spoil(bank);
        deep = { ...example("account"), external_accounts: { object: "list", data: [bank], has_more: false, url: "/v1/accounts/x/external_accounts" } };
      }
      return deep;
    };
    const Account = spec.module("account");
    const withoutIds = Account.validate(chain(40, (bank) => delete bank.id));
    // Deepest first: a bank account's `account` is checked before its `id`.
    expect(codes(withoutIds)).toEqual(Array.from({ length: 40 }, (_, i) => ["required", `${"/external_accounts/data/0/account".repeat(39 - i)}/external_accounts/data/0/id`]));
    const unknownObject = Account.validate(chain(40, (bank) => (bank.object = "not_a_branch")));
    expect(codes(unknownObject)).toEqual([["invalid_union", "/external_accounts/data/0"]]);
    // Lenient: an unknown `object` is an unknown enum value, a warning; the first branch that takes the payload wins.
    const lenient = Account.validate(chain(40, (bank) => (bank.object = "not_a_branch")), { mode: "lenient" });
    expect(lenient.ok && lenient.warnings!.map((warning) => warning.code)).toEqual(Array(40).fill("invalid_enum"));
  });

  it("a cycle inside a free-form map is not walked; strip copies the map and keeps the values as they are", () => {
    const event = example("event");
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    event.data = { ...event.data, previous_attributes: cyclic };
    const module = spec.module("event");
    const result = module.validate(event, { unknownKeys: "strip" });
    expect(result.ok).toBe(true);
    const copied = result.ok ? (result.value as Record<string, any>).data.previous_attributes : undefined;
    expect(copied).toEqual({ name: "loop", self: cyclic });
    expect(copied.self).toBe(cyclic);
  });
});

describe("odd objects and arrays", () => {
  it("objects without a prototype validate, strip and reject like plain ones", () => {
    const bare = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(bare);
      if (typeof value !== "object" || value === null) return value;
      const out = Object.create(null) as Record<string, unknown>;
      for (const [key, item] of Object.entries(value)) out[key] = bare(item);
      return out;
    };
    const charge = bare({ ...example("charge"), extra: 1 }) as Record<string, unknown>;
    expect(everyWay(Charge, charge).ok).toBe(true);
    const stripped = Charge.validate(charge, { unknownKeys: "strip" });
    expect(stripped.ok && (stripped.value as Record<string, unknown>).extra).toBeUndefined();
    expect(codes(Charge.validate(charge, { unknownKeys: "reject" }))).toEqual([["unrecognized_key", "/extra"]]);
  });

  it("holes and undefined items in an array are not values", () => {
    const charge = example("charge");
    // eslint-disable-next-line no-sparse-arrays
    charge.refunds.data = [example("refund"), , example("refund"), undefined];
    expect(codes(everyWay(Charge, charge))).toEqual([
      ["invalid_type", "/refunds/data/1"],
      ["invalid_type", "/refunds/data/3"],
    ]);
  });

  it("a sparse array of length 1e7 with one element stops after a bounded number of issues", () => {
    const charge = example("charge");
    const data: unknown[] = [];
    data[1e7 - 1] = example("refund");
    charge.refunds.data = data;
    const result = everyWay(Charge, charge);
    expect(result.ok).toBe(false);
    expect(result.ok || result.issues.length).toBe(MAX_ISSUES);
    expect(result.ok || result.issues[0]).toMatchObject({ code: "invalid_type", pointer: "/refunds/data/0", received: "undefined" });
  });

  it("a million wrong items stop at the same bound", () => {
    const charge = example("charge");
    charge.refunds.data = new Array(1e6).fill(0);
    const result = Charge.validate(charge);
    expect(result.ok || result.issues.length).toBe(MAX_ISSUES);
  });

  it("arrays where objects belong, and objects where arrays belong", () => {
    const charge = example("charge");
    charge.billing_details = [];
    charge.refunds.data = {};
    expect(codes(everyWay(Charge, charge))).toEqual([
      ["invalid_type", "/billing_details"],
      ["invalid_type", "/refunds/data"],
    ]);
  });
});

describe("huge strings", () => {
  const huge = "x".repeat(10_000_000);

  it("over maxLength: too_long with the exact length, in a short message", () => {
    const result = everyWay(Charge, { ...example("charge"), description: huge });
    expect(result).toMatchObject({ ok: false, issues: [{ code: "too_long", pointer: "/description", expected: 40000, received: 10_000_000 }] });
    expect(!result.ok && result.issues[0]!.message.length).toBeLessThan(200);
  });

  it("outside an enum, as an unknown key, as a map value: short messages", () => {
    const result = Charge.validate({ ...example("charge"), status: huge, metadata: { [huge.slice(0, 1_000_000)]: huge } }, { unknownKeys: "reject" });
    expect(codes(result)).toEqual([
      ["too_long", `/metadata/${huge.slice(0, 1_000_000)}`],
      ["invalid_enum", "/status"],
    ]);
    for (const issue of result.ok ? [] : result.issues) expect(issue.message.length).toBeLessThan(200);
    const unknownKey = Charge.validate({ ...example("charge"), [huge]: 1 }, { unknownKeys: "reject" });
    expect(!unknownKey.ok && unknownKey.issues[0]!.message.length).toBeLessThan(200);
  });

  it("where no maxLength applies, accepted", () => {
    expect(everyWay(Charge, { ...example("charge"), currency: huge }).ok).toBe(true);
  });
});

describe("__proto__, constructor and prototype keys", () => {
  const parsed = (json: string) => JSON.parse(json) as Record<string, unknown>;

  it("as unknown keys of the input: passed through, stripped, or rejected by name; never followed", () => {
    const charge = { ...example("charge"), ...parsed('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": 1}') };
    expect(Object.hasOwn(charge, "__proto__")).toBe(true);
    expect(everyWay(Charge, charge).ok).toBe(true);
    const stripped = Charge.validate(charge, { unknownKeys: "strip" });
    expect(stripped.ok && Object.keys(stripped.value as object)).toEqual(Object.keys(example("charge")));
    expect(stripped.ok && Object.getPrototypeOf(stripped.value)).toBe(Object.prototype);
    expect(codes(Charge.validate(charge, { unknownKeys: "reject" }))).toEqual([
      ["unrecognized_key", "/__proto__"],
      ["unrecognized_key", "/constructor"],
      ["unrecognized_key", "/prototype"],
    ]);
  });

  it("as keys of a map (metadata): data, checked and copied as own properties", () => {
    const charge = example("charge");
    charge.metadata = parsed('{"__proto__": "a", "constructor": "b", "toString": "c", "hasOwnProperty": "d"}');
    expect(everyWay(Charge, charge).ok).toBe(true);
    const stripped = Charge.validate(charge, { unknownKeys: "strip" });
    const metadata = stripped.ok ? (stripped.value as Record<string, any>).metadata : undefined;
    expect(Object.getOwnPropertyDescriptor(metadata, "__proto__")?.value).toBe("a");
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
    expect(metadata.constructor).toBe("b");
    charge.metadata = parsed('{"__proto__": {"polluted": true}}');
    expect(codes(everyWay(Charge, charge))).toEqual([["invalid_type", "/metadata/__proto__"]]);
  });

  it("fields on a prototype are read as JavaScript reads them (as ajv does)", () => {
    const inherited = Object.create(example("charge")) as Record<string, unknown>;
    expect(everyWay(Charge, inherited).ok).toBe(true);
  });
});

describe("numbers that are not JSON numbers, and other non-JSON values", () => {
  it.each([
    ["NaN", NaN, "NaN"],
    ["Infinity", Infinity, "Infinity"],
    ["-Infinity", -Infinity, "Infinity"],
    ["1e400", 1e400, "Infinity"],
    ["a bigint", 10n, "bigint"],
    ["a symbol", Symbol("s"), "symbol"],
    ["a function", () => 1, "function"],
  ])("%s as an integer is invalid_type", (_, amount, received) => {
    expect(everyWay(Charge, { ...example("charge"), amount })).toMatchObject({ ok: false, issues: [{ code: "invalid_type", pointer: "/amount", expected: "integer", received }] });
  });

  it("NaN as a (non-integer) number and as an enum value is invalid too", () => {
    const rate = { ...example("balance_transaction"), exchange_rate: NaN };
    expect(codes(everyWay(spec.module("balance_transaction"), rate))).toEqual([["invalid_type", "/exchange_rate"]]);
    expect(codes(everyWay(Charge, { ...example("charge"), status: NaN }))).toEqual([["invalid_type", "/status"]]);
  });

  it("-0 is an integer", () => {
    expect(everyWay(Charge, { ...example("charge"), amount: -0 }).ok).toBe(true);
  });

  it("a Date, a Map, a boxed string are not what a schema asks for", () => {
    expect(codes(everyWay(Charge, { ...example("charge"), id: new String("ch_1") }))).toEqual([["invalid_type", "/id"]]);
    expect(codes(everyWay(Charge, new Map([["amount", 1]])))).toContainEqual(["required", "/amount"]);
    expect(everyWay(Charge, new Date()).ok).toBe(false);
  });
});
