/**
 * What a changeset holds and what Ecto's helpers do with it: changes against data,
 * `permit`, `dates`, apply_changes, apply_action, traverse_errors.
 */
import { describe, expect, it } from "vitest";
import { blank, changesetOf, example, expectWant, inclusion, isChangeset, runtime, schema, tooLong, type Given, type Want } from "./support.js";

type Case = [name: string, { given: Given; want: Want }];

const session = example("billing_portal.session");
const customer = example("customer");

describe("changes: only what differs from data", () => {
  const cases: Case[] = [
    ["a different value is a change", { given: { schema: "billing_portal.session", data: session, params: { return_url: "https://y.test" } }, want: { changes: { return_url: "https://y.test" } } }],
    ["the same value is not", { given: { schema: "billing_portal.session", data: session, params: { return_url: session.return_url } }, want: { changes: {} } }],
    ["the same value after casting is not: \"1234567890\" for 1234567890", { given: { schema: "billing_portal.session", data: session, params: { created: "1234567890" } }, want: { changes: {} } }],
    ["the same instant as an ISO string is not", { given: { schema: "billing_portal.session", data: session, params: { created: "2009-02-13T23:31:30Z" } }, want: { changes: {} } }],
    ["the same boolean as \"false\" is not", { given: { schema: "billing_portal.session", data: { ...session, livemode: false }, params: { livemode: "false" } }, want: { changes: {} } }],
    ["an equal map in another key order is not", { given: { schema: "customer", data: { ...customer, metadata: { a: "1", b: "2" } }, params: { metadata: { b: "2", a: "1" } } }, want: { changes: {} } }],
    ["a map with one more key is", { given: { schema: "customer", data: { ...customer, metadata: { a: "1" } }, params: { metadata: { a: "1", b: "2" } } }, want: { changes: { metadata: { a: "1", b: "2" } } } }],
    ["an equal list is not", { given: { schema: "customer", data: { ...customer, preferred_locales: ["en", "fr"] }, params: { preferred_locales: ["en", "fr"] } }, want: { changes: {} } }],
    ["a list in another order is", { given: { schema: "customer", data: { ...customer, preferred_locales: ["en", "fr"] }, params: { preferred_locales: ["fr", "en"] } }, want: { changes: { preferred_locales: ["fr", "en"] } } }],
    ["a field that data lacks is a change even to an empty string", { given: { schema: "customer", data: customer, params: { email: "" } }, want: { changes: { email: "" } } }],
    ["an invalid value is kept as a change, with its error (Ecto keeps it too)", { given: { schema: "billing_portal.session", data: session, params: { locale: "xx" } }, want: { changes: { locale: "xx" }, valid: false } }],
    ["params never change data or params", { given: { schema: "billing_portal.session", data: Object.freeze({ ...session }), params: Object.freeze({ flow: Object.freeze({ type: "payment_method_update", after_completion: Object.freeze({ type: "portal_homepage" }) }) }) }, want: { valid: true } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));

  it("has the contract's keys, and no action before apply_action", async () => {
    const cs = (await schema("billing_portal.session")).changeset(session, { locale: "fr" });
    expect(Object.keys(cs).sort()).toEqual(["changes", "data", "errors", "params", "valid", "warnings"]);
    expect(cs).toEqual({ data: session, params: { locale: "fr" }, changes: { locale: "fr" }, errors: {}, warnings: [], valid: true });
    expect(cs.data).toBe(session);
  });

  it("treats missing data (undefined) as an empty object", async () => {
    const cs = (await schema("billing_portal.session")).changeset(undefined, { locale: "fr" }, { permit: ["locale"] });
    expect([cs.data, cs.changes]).toEqual([{}, { locale: "fr" }]);
  });
});

describe("permit", () => {
  const flow = { type: "payment_method_update", after_completion: { type: "portal_homepage" } };
  const cases: Case[] = [
    ["narrows the top level only: an embed casts all of its own fields", { given: { schema: "billing_portal.session", data: session, params: { flow, locale: "fr" }, options: { permit: ["flow"] } }, want: { changes: { flow }, allErrors: {} } }],
    ["leaves out an embed it does not name", { given: { schema: "billing_portal.session", data: session, params: { flow, locale: "fr" }, options: { permit: ["locale"] } }, want: { changes: { locale: "fr" } } }],
    ["is a list of names; anything else means every field", { given: { schema: "billing_portal.session", data: session, params: { locale: "fr" }, options: { permit: "locale" as unknown as string[] } }, want: { changes: { locale: "fr" } } }],
    ["still validates required fields it leaves out (the spec decides what is required)", { given: { schema: "billing_portal.session", params: { locale: "fr" }, options: { permit: ["locale"] } }, want: { changes: { locale: "fr" }, errors: { customer: [blank] } } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});

describe("dates: \"date\"", () => {
  const when = new Date("2023-09-12T00:00:00Z");
  const cases: Case[] = [
    ["a unix-time change comes out as a Date", { given: { schema: "billing_portal.session", data: session, params: { created: "1694476800" }, options: { dates: "date" } }, want: { changes: { created: when }, applied: { created: when } } }],
    ["in nested changesets too", { given: { schema: "charge", data: example("charge"), params: { customer: { ...customer, created: when } }, options: { dates: "date" } }, want: { changes: { customer: { ...customer, created: when } }, allErrors: {} } }],
    ["a nullable unix-time set to null stays null", { given: { schema: "file", data: example("file"), params: { expires_at: null }, options: { dates: "date" } }, want: { changes: { expires_at: null } } }],
    ["a Date in data equal to the param is no change", { given: { schema: "billing_portal.session", data: { ...session, created: when }, params: { created: "2023-09-12T00:00:00Z" }, options: { dates: "date" } }, want: { changes: {}, allErrors: {} } }],
    ["other integers stay numbers", { given: { schema: "charge", data: example("charge"), params: { amount: "5" }, options: { dates: "date" } }, want: { changes: { amount: 5 } } }],
    ["without it, a Date param is cast to seconds", { given: { schema: "billing_portal.session", data: session, params: { created: when } }, want: { changes: { created: 1694476800 } } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});

describe("applyChanges (apply_changes)", () => {
  it("is data with the changes applied, nested changesets included, whether valid or not", async () => {
    const { applyChanges } = await runtime();
    const Session = await schema("billing_portal.session");
    const cs = Session.changeset(session, { locale: "xx", flow: { type: "payment_method_update" } });
    expect(cs.valid).toBe(false);
    expect(applyChanges(cs)).toEqual({ ...session, locale: "xx", flow: { type: "payment_method_update" } });
  });

  it("leaves out a field that a change removes", async () => {
    const { applyChanges } = await runtime();
    const cs = (await schema("customer")).changeset({ ...customer, balance: 5 }, { balance: null });
    expect(Object.hasOwn(applyChanges(cs), "balance")).toBe(false);
  });

  it("copies: data, params and the changeset are left as they were", async () => {
    const { applyChanges } = await runtime();
    const data = structuredClone(session);
    const params = { locale: "fr", flow: { type: "payment_method_update", after_completion: { type: "portal_homepage" } } };
    const cs = (await schema("billing_portal.session")).changeset(data, params);
    const before = structuredClone([data, params]);
    const value = applyChanges(cs);
    (value.flow as Record<string, unknown>).type = "changed";
    expect([data, params]).toEqual(before);
    expect(applyChanges(cs).flow).toEqual(params.flow);
  });

  it("gives a value that validates when the changeset is valid (Stripe's examples, changed)", async () => {
    const { applyChanges } = await runtime();
    const Charge = await schema("charge");
    const cs = Charge.changeset(example("charge"), { amount: "2000", metadata: { order: "6735" }, customer: example("customer"), refunds: { has_more: "1" } });
    expect(cs.valid).toBe(true);
    expect(Charge.validate(applyChanges(cs))).toMatchObject({ ok: true });
  });
});

describe("applyAction (apply_action)", () => {
  it("returns the applied data when valid", async () => {
    const { applyAction } = await runtime();
    const cs = (await schema("billing_portal.session")).changeset(session, { locale: "fr" });
    expect(applyAction(cs, "update")).toEqual({ ok: true, value: { ...session, locale: "fr" } });
  });

  it("returns the changeset with its action when invalid, and leaves the original alone", async () => {
    const { applyAction, applyChanges } = await runtime();
    const cs = (await schema("billing_portal.session")).changeset(session, { locale: "xx", flow: { type: "payment_method_update" } });
    const result = applyAction(cs, "insert");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.changeset).toEqual({ ...cs, action: "insert" });
    expect(cs.action).toBeUndefined();
    expect(applyChanges(result.changeset).flow).toEqual({ type: "payment_method_update" });
  });
});

describe("traverseErrors (traverse_errors)", () => {
  const message = (error: { message: string }) => error.message;

  it("maps every error, nested like the errors (Ecto's example: messages only)", async () => {
    const { traverseErrors } = await runtime();
    const cs = (await schema("billing_portal.session")).changeset({}, { customer: "c".repeat(5001), flow: { type: "payment_method_update", after_completion: { type: "x" } } }, { permit: ["customer", "flow"] });
    expect(traverseErrors(cs, message)).toEqual({
      customer: ["should be at most 5000 character(s)"],
      flow: { after_completion: { type: ["is invalid"] } },
      configuration: ["can't be blank"],
      created: ["can't be blank"],
      id: ["can't be blank"],
      livemode: ["can't be blank"],
      object: ["can't be blank"],
      url: ["can't be blank"],
    });
  });

  it("keeps the list of embeds_many, a map per item", async () => {
    const { traverseErrors } = await runtime();
    const field = { key: "size", label: { type: "custom", custom: "Size" }, optional: false, type: "text" };
    const cs = (await schema("checkout.session")).changeset(example("checkout.session"), { custom_fields: [field, { ...field, type: "colour" }] });
    expect(traverseErrors(cs, message)).toEqual({ custom_fields: [{}, { type: ["is invalid"] }] });
  });

  it("passes each error its path, with the values beside the message for templates", async () => {
    const { traverseErrors } = await runtime();
    const cs = (await schema("checkout.session")).changeset(example("checkout.session"), { custom_fields: [{ key: "k".repeat(5001), label: { type: "custom" }, optional: false, type: "text" }] });
    const seen: unknown[] = [];
    traverseErrors(cs, (error, path) => seen.push([path, error]));
    expect(seen).toEqual([[["custom_fields", 0, "key"], tooLong(5000)]]);
    expect(traverseErrors(cs, (error) => "should be at most %{count} character(s)".replace("%{count}", String(error.count)))).toEqual({ custom_fields: [{ key: ["should be at most 5000 character(s)"] }] });
  });

  it("of a valid changeset is empty", async () => {
    const { traverseErrors } = await runtime();
    const cs = (await schema("billing_portal.session")).changeset(session, { locale: "fr" });
    expect(traverseErrors(cs, message)).toEqual({});
  });
});

describe("nested changesets are changesets", () => {
  it("with their own data, params, changes, errors and validity", async () => {
    const Session = await schema("billing_portal.session");
    const params = { type: "payment_method_update", after_completion: { type: "elsewhere" } };
    const flow = Session.changeset(session, { flow: params }).changes.flow;
    expect(isChangeset(flow)).toBe(true);
    if (!isChangeset(flow)) return;
    expect([flow.data, flow.params, flow.valid]).toEqual([{}, params, false]);
    expect(flow.errors).toEqual({ after_completion: { type: [inclusion(["hosted_confirmation", "portal_homepage", "redirect"])] } });
  });
});
