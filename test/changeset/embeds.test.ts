/**
 * Ecto's cast_embed: `$ref` objects (and inline objects) as nested changesets, lists of
 * them as embeds_many, expandable fields (an ID or the expanded object), and polymorphic
 * unions told apart by `object` (and `deleted: true`).
 */
import { describe, expect, it } from "vitest";
import { blank, changesetOf, example, expectWant, inclusion, invalid, isChangeset, runtime, schema, tooLong, type Given, type Want } from "./support.js";

type Case = [name: string, { given: Given; want: Want }];

const session = example("billing_portal.session");
const flow = { type: "payment_method_update", after_completion: { type: "portal_homepage" } };
const withFlow = { ...session, flow: { ...flow, subscription_cancel: null, subscription_update: null, subscription_update_confirm: null, after_completion: { ...flow.after_completion, hosted_confirmation: null, redirect: null } } };

describe("embeds_one", () => {
  const cases: Case[] = [
    ["a new object is cast whole", { given: { schema: "billing_portal.session", data: session, params: { flow } }, want: { changes: { flow }, allErrors: {}, valid: true, applied: { flow } } }],
    ["its fields are cast like any: booleans from strings", { given: { schema: "charge", data: example("charge"), params: { refunds: { has_more: "true" } } }, want: { changes: { refunds: { has_more: true } }, allErrors: {}, applied: { refunds: { has_more: true, object: "list", data: [] } } } }],
    ["an update changes only what differs", { given: { schema: "billing_portal.session", data: withFlow, params: { flow: { type: "payment_method_update", after_completion: { type: "redirect", redirect: { return_url: "https://x.test" } } } } }, want: { changes: { flow: { after_completion: { type: "redirect", redirect: { return_url: "https://x.test" } } } }, allErrors: {}, applied: { flow: { type: "payment_method_update", after_completion: { type: "redirect", hosted_confirmation: null, redirect: { return_url: "https://x.test" } } } } } }],
    ["an object equal to data's is no change", { given: { schema: "billing_portal.session", data: withFlow, params: { flow: withFlow.flow } }, want: { changes: {}, allErrors: {} } }],
    ["unknown keys inside are ignored", { given: { schema: "billing_portal.session", data: session, params: { flow: { ...flow, evil: 1 } } }, want: { changes: { flow } } }],
    ["null where the embed is nullable", { given: { schema: "billing_portal.session", data: withFlow, params: { flow: null } }, want: { changes: { flow: null }, allErrors: {} } }],
    ["not from a string", { given: { schema: "billing_portal.session", data: session, params: { flow: "payment_method_update" } }, want: { changes: {}, allErrors: { flow: [invalid("object")] } } }],
    ["not from a list", { given: { schema: "billing_portal.session", data: session, params: { flow: [flow] } }, want: { allErrors: { flow: [invalid("object")] } } }],
    [
      "errors nest: a cast error, a blank and an inclusion inside",
      {
        given: { schema: "billing_portal.session", data: session, params: { flow: { type: 5, after_completion: { type: "elsewhere" } } } },
        want: { allErrors: { flow: { type: [invalid("string")], after_completion: { type: [inclusion(["hosted_confirmation", "portal_homepage", "redirect"])] } } }, valid: false },
      },
    ],
    ["an inline object with a pattern, updated", { given: { schema: "file", data: example("file"), params: { links: { has_more: "1" } } }, want: { changes: { links: { has_more: true } }, allErrors: {} } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));

  it("holds a nested changeset, with Ecto's insert/update action", async () => {
    const Session = await schema("billing_portal.session");
    const inserted = Session.changeset(session, { flow }).changes.flow;
    const updated = Session.changeset(withFlow, { flow: { type: "subscription_cancel" } }).changes.flow;
    expect(isChangeset(inserted) && inserted.action).toBe("insert");
    expect(isChangeset(updated) && [updated.action, updated.data, updated.changes]).toEqual(["update", withFlow.flow, { type: "subscription_cancel" }]);
  });
});

describe("embeds_many", () => {
  // file.links.data: file_link objects, which have IDs; checkout.session.custom_fields: objects without.
  const file = example("file");
  const links = (file.links as { data: Record<string, unknown>[] }).data;
  const field = { key: "size", label: { type: "custom", custom: "Size" }, optional: false, type: "text" };
  const checkout = example("checkout.session");
  const cases: Case[] = [
    ["items are inserted as nested changesets", { given: { schema: "checkout.session", data: checkout, params: { custom_fields: [field] } }, want: { changes: { custom_fields: [field] }, allErrors: {}, applied: { custom_fields: [field] } } }],
    ["items are cast: booleans from strings", { given: { schema: "checkout.session", data: checkout, params: { custom_fields: [{ ...field, optional: "true" }] } }, want: { changes: { custom_fields: [{ ...field, optional: true }] }, allErrors: {} } }],
    [
      "errors come as one map per item",
      {
        given: { schema: "checkout.session", data: checkout, params: { custom_fields: [field, { key: "k".repeat(5001), label: { type: "custom" }, optional: "maybe", type: "text" }] } },
        want: { allErrors: { custom_fields: [{}, { key: [tooLong(5000)], optional: [invalid("boolean")] }] }, valid: false },
      },
    ],
    ["a blank inside an item", { given: { schema: "checkout.session", data: checkout, params: { custom_fields: [{ key: "k", optional: false, type: "text" }] } }, want: { allErrors: { custom_fields: [{ label: [blank] }] } } }],
    ["an item with the ID of a current item updates it; the list given replaces the current one", { given: { schema: "file", data: file, params: { links: { data: [{ id: links[1]!.id, expired: "true" }] } } }, want: { changes: { links: { data: [{ expired: true }] } }, allErrors: {}, applied: { links: { data: [{ ...links[1], expired: true }] } } } }],
    ["an item with an unknown ID is inserted", { given: { schema: "file", data: file, params: { links: { data: [{ id: "link_new", expired: true }] } } }, want: { changes: { links: { data: [{ id: "link_new", expired: true }] } }, errors: { links: { data: [{ created: [blank], file: [blank], livemode: [blank], metadata: [blank], object: [blank] }] } } } }],
    ["the same list is no change, IDs or not", { given: { schema: "file", data: file, params: { links: { data: structuredClone(links) } } }, want: { changes: {}, allErrors: {} } }],
    ["the same list without IDs is no change", { given: { schema: "checkout.session", data: { ...checkout, custom_fields: [field] }, params: { custom_fields: [field] } }, want: { changes: {}, allErrors: {} } }],
    ["the same items in another order are a change", { given: { schema: "file", data: file, params: { links: { data: [links[1], links[0], links[2]] } } }, want: { changes: { links: { data: [{}, {}, {}] } }, allErrors: {}, applied: { links: { data: [links[1], links[0], links[2]] } } } }],
    ["an empty list", { given: { schema: "checkout.session", data: { ...checkout, custom_fields: [field] }, params: { custom_fields: [] } }, want: { changes: { custom_fields: [] }, allErrors: {} } }],
    ["a map of index keys is a list in key order (Ecto, for forms)", { given: { schema: "checkout.session", data: checkout, params: { custom_fields: { "10": { ...field, key: "b" }, "2": { ...field, key: "a" } } } }, want: { changes: { custom_fields: [{ ...field, key: "a" }, { ...field, key: "b" }] }, allErrors: {} } }],
    ["an empty map of index keys is an empty list", { given: { schema: "checkout.session", data: { ...checkout, custom_fields: [field] }, params: { custom_fields: {} } }, want: { changes: { custom_fields: [] }, allErrors: {} } }],
    ["a map of index keys of IDs, for a list of expandable fields", { given: { schema: "line_item", data: example("line_item"), params: { discounts: { "1": "di_2", "0": "di_1" } } }, want: { changes: { discounts: ["di_1", "di_2"] }, allErrors: {} } }],
    ["an item that is not an object makes the list invalid", { given: { schema: "checkout.session", data: checkout, params: { custom_fields: [field, "size"] } }, want: { changes: {}, allErrors: { custom_fields: [invalid("array of object")] } } }],
    ["not from an object that is not a map of index keys", { given: { schema: "checkout.session", data: checkout, params: { custom_fields: field } }, want: { allErrors: { custom_fields: [invalid("array of object")] } } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));

  it("updates an item in place: its changeset has the current item as data", async () => {
    const File = await schema("file");
    const cs = File.changeset(file, { links: { data: [{ id: links[0]!.id, expired: true }] } });
    const items = (cs.changes.links as { changes: { data: unknown[] } }).changes.data;
    expect(items.map((item) => isChangeset(item) && [item.action, item.data, item.changes])).toEqual([["update", links[0], { expired: true }]]);
  });
});

describe("expandable fields (an ID or the expanded object)", () => {
  const charge = example("charge");
  const customer = example("customer");
  const deleted = example("deleted_customer");
  const cases: Case[] = [
    ["an ID", { given: { schema: "charge", data: charge, params: { customer: "cus_1" } }, want: { changes: { customer: "cus_1" }, allErrors: {} } }],
    ["an expanded object, cast as that schema", { given: { schema: "charge", data: charge, params: { customer: { ...customer, balance: "5" } } }, want: { changes: { customer: { ...customer, balance: 5 } }, allErrors: {}, applied: { customer: { ...customer, balance: 5 } } } }],
    ["a deleted object, by `deleted: true`", { given: { schema: "charge", data: charge, params: { customer: deleted } }, want: { changes: { customer: deleted }, allErrors: {} } }],
    ["errors of the expanded object nest", { given: { schema: "charge", data: charge, params: { customer: { ...customer, tax_exempt: "maybe" } } }, want: { allErrors: { customer: { tax_exempt: [inclusion(["exempt", "none", "reverse"])] } } } }],
    ["an object without `object` can't say which it is", { given: { schema: "charge", data: charge, params: { customer: { id: "cus_1" } } }, want: { changes: {}, allErrors: { customer: [invalid("customer | deleted_customer")] } } }],
    ["without `object`, params update the current expanded object", { given: { schema: "charge", data: { ...charge, customer }, params: { customer: { name: "Jenny" } } }, want: { changes: { customer: { name: "Jenny" } }, allErrors: {}, applied: { customer: { ...customer, name: "Jenny" } } } }],
    ["an ID replaces an expanded object", { given: { schema: "charge", data: { ...charge, customer }, params: { customer: "cus_1" } }, want: { changes: { customer: "cus_1" } } }],
    ["an object of another branch replaces the current one", { given: { schema: "charge", data: { ...charge, customer }, params: { customer: deleted } }, want: { changes: { customer: deleted }, allErrors: {}, applied: { customer: deleted } } }],
    ["neither an ID nor an object", { given: { schema: "charge", data: charge, params: { customer: 42 } }, want: { allErrors: { customer: [invalid("string | object")] } } }],
    ["an ID that is a number-like string stays a string", { given: { schema: "charge", data: charge, params: { customer: "42" } }, want: { changes: { customer: "42" } } }],
    ["a list of IDs and expanded objects", { given: { schema: "line_item", data: example("line_item"), params: { discounts: ["di_1", example("discount")] } }, want: { changes: { discounts: ["di_1", example("discount")] }, allErrors: {} } }],
    [
      "errors of a list of IDs and objects: one map per item, an ID's under _params",
      {
        given: { schema: "line_item", data: example("line_item"), params: { discounts: ["d".repeat(5001), { ...example("discount"), start: "soon" }] } },
        want: { allErrors: { discounts: [{ _params: [tooLong(5000)] }, { start: [invalid("unix-time")] }] } },
      },
    ],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});

describe("polymorphic unions, told apart by `object`", () => {
  const customer = example("customer");
  const cases: Case[] = [
    ["a card", { given: { schema: "customer", data: customer, params: { default_source: example("card") } }, want: { changes: { default_source: example("card") }, allErrors: {} } }],
    ["a bank account", { given: { schema: "customer", data: customer, params: { default_source: example("bank_account") } }, want: { changes: { default_source: example("bank_account") }, allErrors: {} } }],
    ["a source", { given: { schema: "customer", data: customer, params: { default_source: example("source") } }, want: { changes: { default_source: example("source") }, allErrors: {} } }],
    ["a card's errors are a card's", { given: { schema: "customer", data: customer, params: { default_source: { ...example("card"), exp_month: "August" } } }, want: { allErrors: { default_source: { exp_month: [invalid("integer")] } } } }],
    ["an `object` no branch has", { given: { schema: "customer", data: customer, params: { default_source: { ...example("card"), object: "coupon" } } }, want: { allErrors: { default_source: [invalid("bank_account | card | source")] } } }],
    ["a union schema at the top: a bank account", { given: { schema: "external_account", params: example("bank_account") }, want: { changes: example("bank_account"), allErrors: {}, valid: true } }],
    ["a union schema at the top: a card", { given: { schema: "external_account", params: { ...example("card"), exp_year: "2030" } }, want: { changes: { ...example("card"), exp_year: 2030 }, allErrors: {}, valid: true } }],
    ["a union schema at the top, params without `object`, updating data", { given: { schema: "external_account", data: example("card"), params: { exp_year: "2030" } }, want: { changes: { exp_year: 2030 }, allErrors: {} } }],
    ["regression: a union schema at the top recursed until too deep without `object`", { given: { schema: "external_account", params: { id: "ba_1" } }, want: { changes: {}, allErrors: { _params: [invalid("external_account")] }, valid: false } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));

  it("applies a polymorphic embed to the branch's object", async () => {
    const { applyChanges } = await runtime();
    const Customer = await schema("customer");
    const value = applyChanges(Customer.changeset(customer, { default_source: { ...example("card"), exp_month: "9" } }));
    expect(value.default_source).toEqual({ ...example("card"), exp_month: 9 });
    expect(Customer.validate(value).ok).toBe(true);
  });
});

/**
 * setup_intent's `payment_method_options.acss_debit` is `anyOf` two schemas that fix no
 * `object`: the acss_debit options (`currency`, `mandate_options`, `verification_method`)
 * and the client options (`verification_method`). A param is cast as each, and the nearest
 * kept. Before, no embed could be named and every object param was "is invalid", valid or not.
 */
describe("unions no `object` tells apart: the nearest embed", () => {
  const intent = { ...example("setup_intent"), payment_method_options: {} };
  const current = { currency: "cad", mandate_options: null, verification_method: "automatic" };
  const acss = (params: unknown, data: Record<string, unknown> = intent): Given => ({ schema: "setup_intent", data, params: { payment_method_options: { acss_debit: params } } });
  const cases: Case[] = [
    ["a param both fit is the first's", { given: acss({ verification_method: "instant" }), want: { changes: { payment_method_options: { acss_debit: { verification_method: "instant" } } }, allErrors: {}, valid: true } }],
    ["keys only one declares choose it", { given: acss({ currency: "usd", verification_method: "instant" }), want: { changes: { payment_method_options: { acss_debit: { currency: "usd", verification_method: "instant" } } }, allErrors: {}, valid: true } }],
    [
      "its cast errors nest, as any embed's",
      { given: acss({ currency: "usd", verification_method: 7 }), want: { allErrors: { payment_method_options: { acss_debit: { verification_method: [invalid("string")] } } }, valid: false } },
    ],
    [
      // The acss_debit options refuse "eur"; the client options take any other key, so the
      // value is valid as anyOf reads it (validate agrees): it is cast as the client options,
      // which drop the key they don't declare, as any cast does.
      "params valid as only one embed are cast as that one",
      { given: acss({ currency: "eur", verification_method: "instant" }), want: { changes: { payment_method_options: { acss_debit: { verification_method: "instant" } } }, allErrors: {}, valid: true } },
    ],
    [
      "params update the current object",
      {
        given: acss({ verification_method: "instant" }, { ...intent, payment_method_options: { acss_debit: current } }),
        want: { changes: { payment_method_options: { acss_debit: { verification_method: "instant" } } }, allErrors: {}, applied: { payment_method_options: { acss_debit: { ...current, verification_method: "instant" } } } },
      },
    ],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));

  it("agrees with validate: a changeset is valid when its applied data is", async () => {
    const { applyChanges } = await runtime();
    const SetupIntent = await schema("setup_intent");
    for (const params of [{ verification_method: "instant" }, { currency: "usd" }, { currency: "eur", mandate_options: null }, { currency: "usd", verification_method: "sometimes" }, { mandate_options: { payment_schedule: "weekly" } }]) {
      const cs = SetupIntent.changeset(intent, { payment_method_options: { acss_debit: params } });
      expect(SetupIntent.validate(applyChanges(cs)).ok, JSON.stringify(params)).toBe(cs.valid);
    }
  });
});

describe("regression: a schema that refers to itself (invoice.latest_revision, payout.reversed_by)", () => {
  // The generated module names its own export (`Invoice`) where no such binding exists, so its
  // shape can't be built: every changeset of the schema, or of an object that embeds it, fails.
  it("casts an invoice, and an expanded invoice inside it", async () => {
    const Invoice = await schema("invoice");
    const invoice = example("invoice");
    expect(Invoice.changeset({}, invoice).errors).toEqual({});
    expect(Invoice.changeset(invoice, { latest_revision: { ...invoice, id: "in_2", amount_due: "5" } })).toMatchObject({ errors: {}, valid: true });
  });

  it("casts a payout", async () => {
    const Payout = await schema("payout");
    expect(Payout.changeset({}, example("payout")).errors).toEqual({});
  });
});
