/**
 * A changeset never throws, whatever it is given (throwing getters, proxies, cycles,
 * depth, objects without a prototype, values of any type), and never writes to a
 * prototype, whatever the keys of params and maps (`__proto__`, `constructor`).
 */
import { afterAll, describe, expect, it } from "vitest";
import { blank, example, expectWant, invalid, runtime, schema, type ChangesetLike, type Want } from "./support.js";

const session = example("billing_portal.session");
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const exception = (reason: string) => ({ message: "could not be read", validation: "exception", reason });

function throwingGetter(target: Record<string, unknown>, key: string, error: unknown): Record<string, unknown> {
  return Object.defineProperty(target, key, { enumerable: true, get: () => { throw error; } });
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A proxy whose every trap throws. */
function hostile(): object {
  const boom = () => { throw new Error("trap"); };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, defineProperty: boom, set: boom });
}

type Case = [name: string, { given: { schema?: string; data?: unknown; params: () => unknown; options?: unknown }; want: Want }];

describe("never throws", () => {
  const cases: Case[] = [
    ["a getter in params that throws: that field's error; the others are cast", { given: { params: () => throwingGetter({ locale: "fr" }, "customer", new Error("boom")) }, want: { changes: { locale: "fr" }, errors: { customer: [exception("boom")] } } }],
    ["a getter that throws something whose toString throws", { given: { params: () => throwingGetter({}, "customer", { toString: () => { throw new Error("again"); } }) }, want: { errors: { customer: [exception("unknown error")] } } }],
    ["a getter in params that works is read", { given: { params: () => Object.defineProperty({}, "locale", { enumerable: true, get: () => "fr" }) }, want: { changes: { locale: "fr" } } }],
    ["a getter in data that throws: as if the field were missing", { given: { data: throwingGetter({ ...session }, "locale", new Error("boom")), params: () => ({ locale: "fr" }) }, want: { changes: { locale: "fr" }, allErrors: {} } }],
    ["a revoked proxy as params", { given: { params: revoked }, want: { changes: {}, allErrors: { _params: [exception("Cannot perform 'IsArray' on a proxy that has been revoked")] }, valid: false } }],
    ["a revoked proxy as data", { given: { data: revoked(), params: () => ({ locale: "fr" }) }, want: { changes: {}, allErrors: { _params: [exception("Cannot perform 'IsArray' on a proxy that has been revoked")] }, valid: false } }],
    ["a revoked proxy as an embedded object", { given: { data: session, params: () => ({ flow: revoked() }) }, want: { allErrors: { flow: [exception("Cannot perform 'IsArray' on a proxy that has been revoked")] } } }],
    ["a proxy whose traps all throw, as params: each field could not be read", { given: { data: session, params: hostile }, want: { changes: {}, errors: { customer: [exception("trap")], locale: [exception("trap")] }, valid: false } }],
    ["a proxy whose traps all throw, as metadata", { given: { schema: "customer", data: example("customer"), params: () => ({ metadata: hostile() }) }, want: { allErrors: { metadata: [exception("trap")] } } }],
    ["a proxy whose traps all throw, as data", { given: { data: hostile(), params: () => ({ locale: "fr" }) }, want: { valid: false } }],
    ["params that are null", { given: { params: () => null }, want: { changes: {}, allErrors: { _params: [invalid("object")] }, valid: false } }],
    ["params that are a string", { given: { params: () => "locale=fr" }, want: { allErrors: { _params: [invalid("object")] } } }],
    ["params that are a list", { given: { params: () => [{ locale: "fr" }] }, want: { allErrors: { _params: [invalid("object")] } } }],
    ["params without a prototype", { given: { data: session, params: () => Object.assign(Object.create(null), { locale: "fr" }) }, want: { changes: { locale: "fr" }, allErrors: {} } }],
    ["data without a prototype", { given: { data: Object.assign(Object.create(null), session), params: () => ({ locale: "fr" }) }, want: { changes: { locale: "fr" }, allErrors: {}, applied: { ...session, locale: "fr" } } }],
    ["a BigInt and a Symbol", { given: { data: session, params: () => ({ created: 10n, customer: Symbol("cus") }) }, want: { allErrors: { created: [invalid("unix-time")], customer: [invalid("string")] } } }],
    ["a function", { given: { data: session, params: () => ({ customer: () => "cus" }) }, want: { allErrors: { customer: [invalid("string")] } } }],
    ["options that are null", { given: { data: session, params: () => ({ locale: "fr" }), options: null }, want: { changes: { locale: "fr" } } }],
    ["a maxDepth that is not a number of levels", { given: { data: session, params: () => ({ locale: "fr" }), options: { maxDepth: Number.NaN } }, want: { changes: { locale: "fr" } } }],
    ["a 10 MB string", { given: { data: session, params: () => ({ customer: "x".repeat(10_000_000) }) }, want: { errors: { customer: [{ message: "should be at most 5000 character(s)", validation: "length", kind: "max", count: 5000, type: "string" }] } } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => {
    const module = await schema(given.schema ?? "billing_portal.session");
    await expectWant(module.changeset(given.data ?? {}, given.params(), given.options as never), want, expect);
  });

  it("cyclic params through embeds: a charge whose refund's charge is the charge", async () => {
    const Charge = await schema("charge");
    const params: Record<string, unknown> = { ...example("charge") };
    params.refunds = { data: [{ ...example("refund"), charge: params }], has_more: false, object: "list", url: "/v1/refunds" };
    const started = Date.now();
    const cs = Charge.changeset({}, params, { maxDepth: 20 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(cs.valid).toBe(false);
    expect(JSON.stringify((await runtime()).traverseErrors(cs, (error) => error.validation))).toContain("too_deep");
  });

  it("cyclic params through embeds at the default depth", async () => {
    const Charge = await schema("charge");
    const params: Record<string, unknown> = { ...example("charge") };
    params.refunds = { data: [{ ...example("refund"), charge: params }], has_more: false, object: "list", url: "/v1/refunds" };
    expect(Charge.changeset({}, params).valid).toBe(false);
  });

  it("cyclic values in a free-form field, in data and params", async () => {
    const Event = await schema("event");
    const a: Record<string, unknown> = { object: "plan" };
    a.self = a;
    const b: Record<string, unknown> = { object: "price" };
    b.self = b;
    const data = { ...example("event"), data: { object: a } };
    expect(Event.changeset(data, { data: { object: a } })).toMatchObject({ changes: {}, valid: true });
    const cs = Event.changeset(data, { data: { object: b } });
    expect(cs.valid).toBe(true);
    const applied = ((await runtime()).applyChanges(cs).data as { object: Record<string, unknown> }).object;
    expect([applied.object, (applied.self as Record<string, unknown>).object]).toEqual(["price", "price"]);
  });

  it("a cyclic map value", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const cs = (await schema("customer")).changeset(example("customer"), { metadata: cyclic });
    expect(cs.errors).toEqual({ metadata: [invalid("map of string")] });
  });

  it("a value nested 100,000 deep in a free-form field", async () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { deep };
    const Event = await schema("event");
    const cs = Event.changeset({ ...example("event"), data: { object: structuredClone({ a: 1 }) } }, { data: { object: deep } });
    expect(cs.valid).toBe(true);
  });

  it("a maxDepth of 1 stops at the first embed, counting levels as the checks do", async () => {
    const cs = (await schema("billing_portal.session")).changeset(session, { flow: { type: "payment_method_update", after_completion: { type: "portal_homepage" } } }, { maxDepth: 1 });
    expect(cs.errors).toEqual({ flow: { _params: [{ message: "is nested too deeply", validation: "too_deep" }] } });
  });
});

describe("never pollutes a prototype", () => {
  const json = <T>(text: string): T => JSON.parse(text) as T;

  it("ignores `__proto__` and `constructor` keys in params", async () => {
    const params = json<Record<string, unknown>>('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "locale": "fr"}');
    const cs = (await schema("billing_portal.session")).changeset(session, params);
    expect(cs.changes).toEqual({ locale: "fr" });
    expect(Object.getPrototypeOf(cs.changes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("ignores them in embedded params", async () => {
    const params = json<Record<string, unknown>>('{"flow": {"__proto__": {"type": "subscription_cancel"}, "type": "payment_method_update", "after_completion": {"__proto__": {"polluted": true}, "type": "portal_homepage"}}}');
    const { applyChanges } = await runtime();
    const value = applyChanges((await schema("billing_portal.session")).changeset(session, params));
    expect(value.flow).toEqual({ type: "payment_method_update", after_completion: { type: "portal_homepage" } });
    expect(Object.getPrototypeOf(value.flow)).toBe(Object.prototype);
  });

  it("keeps them as own keys of a map such as metadata", async () => {
    const { applyChanges } = await runtime();
    const metadata = json<Record<string, unknown>>('{"__proto__": "a", "constructor": "b", "prototype": "c", "hasOwnProperty": "d"}');
    const cs = (await schema("customer")).changeset(example("customer"), { metadata });
    const changed = cs.changes.metadata as Record<string, unknown>;
    expect(Object.keys(changed)).toEqual(["__proto__", "constructor", "prototype", "hasOwnProperty"]);
    expect(Object.getPrototypeOf(changed)).toBe(Object.prototype);
    const applied = applyChanges(cs).metadata as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(applied, "__proto__")?.value).toBe("a");
    expect(Object.getPrototypeOf(applied)).toBe(Object.prototype);
    expect(cs.valid).toBe(true);
  });

  it("validates the values under those keys", async () => {
    const metadata = json<Record<string, unknown>>(`{"__proto__": "${"x".repeat(501)}"}`);
    const cs = (await schema("customer")).changeset(example("customer"), { metadata });
    expect(cs.errors).toEqual({ metadata: [{ message: "should be at most 500 character(s)", validation: "length", kind: "max", count: 500, type: "string", path: ["metadata", "__proto__"] }] });
  });

  it("keeps a `__proto__` key of data as data", async () => {
    const { applyChanges } = await runtime();
    const data = json<Record<string, unknown>>(`{"__proto__": {"polluted": true}, "customer": "cus_1"}`);
    const value = applyChanges((await schema("billing_portal.session")).changeset(data, { locale: "fr" }, { permit: ["locale"] }));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual({ polluted: true });
    expect(value.polluted).toBeUndefined();
  });

  it("treats a param shaped like a changeset as a param", async () => {
    const { applyChanges } = await runtime();
    const fake = { data: { evil: true }, params: {}, changes: { evil: true }, errors: {}, warnings: [], valid: true };
    const Event = await schema("event");
    const value = applyChanges(Event.changeset(example("event"), { data: { object: fake } }));
    expect((value.data as { object: unknown }).object).toEqual(fake);
  });
});

describe("required, after all that", () => {
  it("a field that could not be read is not also blank", async () => {
    const cs: ChangesetLike = (await schema("billing_portal.session")).changeset({}, throwingGetter({}, "customer", new Error("boom")));
    expect(cs.errors.customer).toEqual([exception("boom")]);
    expect(cs.errors.url).toEqual([blank]);
  });
});
