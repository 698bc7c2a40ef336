/**
 * Ecto's `cast/4` on real Stripe schemas: only permitted fields, form-like input
 * converted as Ecto's types convert it, anything else a cast error naming the type.
 */
import { afterEach, describe, expect, it } from "vitest";
import { blank, changesetOf, expectWant, invalid, type Given, type Want } from "./support.js";

type Case = [name: string, { given: Given; want: Want }];

const session = (params: Record<string, unknown>, data: Record<string, unknown> = {}): Given => ({ schema: "billing_portal.session", data, params });

describe("cast: permitted fields", () => {
  const cases: Case[] = [
    ["keeps the schema's fields and ignores unknown keys", { given: session({ customer: "cus_1", return_url: "https://x.test", nope: 1, "flow.type": "x" }), want: { changes: { customer: "cus_1", return_url: "https://x.test" } } }],
    ["keeps only the fields of `permit`", { given: { ...session({ customer: "cus_1", return_url: "https://x.test" }), options: { permit: ["customer"] } }, want: { changes: { customer: "cus_1" } } }],
    ["ignores names in `permit` that the schema does not have", { given: { ...session({ customer: "cus_1", nope: 1 }), options: { permit: ["customer", "nope"] } }, want: { changes: { customer: "cus_1" } } }],
    ["ignores a permitted field the params do not have", { given: { ...session({}), options: { permit: ["customer"] } }, want: { changes: {} } }],
    ["treats a param that is undefined as not given", { given: session({ customer: undefined }, { customer: "cus_1" }), want: { changes: {}, errors: {} } }],
    ["casts nothing from empty params", { given: session({}, { customer: "cus_1" }), want: { changes: {} } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});

describe("cast: scalars", () => {
  // billing_portal.session: created (unix-time), livemode (boolean), customer (string);
  // balance_transaction: amount (integer), exchange_rate (number); price: unit_amount_decimal (decimal string).
  const field = (schema: string, name: string, value: unknown): Given => ({ schema, params: { [name]: value }, options: { permit: [name] } });
  const cases: Case[] = [
    ["integer from an integer", { given: field("balance_transaction", "amount", 42), want: { changes: { amount: 42 } } }],
    ["integer from a numeric string", { given: field("balance_transaction", "amount", "42"), want: { changes: { amount: 42 } } }],
    ["integer from a signed string", { given: field("balance_transaction", "amount", "-42"), want: { changes: { amount: -42 } } }],
    ["integer not from a decimal string", { given: field("balance_transaction", "amount", "4.2"), want: { changes: {}, errors: { amount: [invalid("integer")] } } }],
    ["integer not from a fraction", { given: field("balance_transaction", "amount", 4.2), want: { changes: {}, errors: { amount: [invalid("integer")] } } }],
    ["integer not from a string with blanks (Integer.parse wants it all)", { given: field("balance_transaction", "amount", " 42"), want: { errors: { amount: [invalid("integer")] } } }],
    ["integer not from a string with trailing text", { given: field("balance_transaction", "amount", "42abc"), want: { errors: { amount: [invalid("integer")] } } }],
    ["integer not beyond 2^53", { given: field("balance_transaction", "amount", "9007199254740993"), want: { errors: { amount: [invalid("integer")] } } }],
    ["integer not from a boolean", { given: field("balance_transaction", "amount", true), want: { errors: { amount: [invalid("integer")] } } }],
    ["integer not from NaN", { given: field("balance_transaction", "amount", Number.NaN), want: { errors: { amount: [invalid("integer")] } } }],
    ["number from a decimal string", { given: field("balance_transaction", "exchange_rate", "1.25"), want: { changes: { exchange_rate: 1.25 } } }],
    ["number from an integer string", { given: field("balance_transaction", "exchange_rate", "2"), want: { changes: { exchange_rate: 2 } } }],
    ["number from an exponent", { given: field("balance_transaction", "exchange_rate", "1e-3"), want: { changes: { exchange_rate: 0.001 } } }],
    ["number not from text", { given: field("balance_transaction", "exchange_rate", "one"), want: { errors: { exchange_rate: [invalid("number")] } } }],
    ["number not from Infinity", { given: field("balance_transaction", "exchange_rate", Number.POSITIVE_INFINITY), want: { errors: { exchange_rate: [invalid("number")] } } }],
    ["number not from \"Infinity\"", { given: field("balance_transaction", "exchange_rate", "Infinity"), want: { errors: { exchange_rate: [invalid("number")] } } }],
    ["boolean from true", { given: field("billing_portal.session", "livemode", true), want: { changes: { livemode: true } } }],
    ["boolean from \"true\"", { given: field("billing_portal.session", "livemode", "true"), want: { changes: { livemode: true } } }],
    ["boolean from \"false\"", { given: field("billing_portal.session", "livemode", "false"), want: { changes: { livemode: false } } }],
    ["boolean from \"1\"", { given: field("billing_portal.session", "livemode", "1"), want: { changes: { livemode: true } } }],
    ["boolean from \"0\"", { given: field("billing_portal.session", "livemode", "0"), want: { changes: { livemode: false } } }],
    ["boolean not from \"yes\"", { given: field("billing_portal.session", "livemode", "yes"), want: { changes: {}, errors: { livemode: [invalid("boolean")] } } }],
    ["boolean not from the number 1", { given: field("billing_portal.session", "livemode", 1), want: { errors: { livemode: [invalid("boolean")] } } }],
    ["string from a string", { given: field("billing_portal.session", "customer", "cus_1"), want: { changes: { customer: "cus_1" } } }],
    ["string not from a number", { given: field("billing_portal.session", "customer", 42), want: { changes: {}, errors: { customer: [invalid("string")] } } }],
    ["string not from an object", { given: field("billing_portal.session", "customer", { id: "cus_1" }), want: { errors: { customer: [invalid("string")] } } }],
    ["decimal string from a decimal string", { given: field("price", "unit_amount_decimal", "12.5"), want: { changes: { unit_amount_decimal: "12.5" } } }],
    ["decimal string from a number", { given: field("price", "unit_amount_decimal", 12.5), want: { changes: { unit_amount_decimal: "12.5" } } }],
    ["decimal string not from a boolean", { given: field("price", "unit_amount_decimal", true), want: { errors: { unit_amount_decimal: [invalid("decimal")] } } }],
    ["string enum not from a number", { given: field("customer", "tax_exempt", 1), want: { errors: { tax_exempt: [invalid("string")] } } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});

describe("cast: format unix-time", () => {
  const created = (value: unknown, options: Given["options"] = {}): Given => ({ schema: "billing_portal.session", params: { created: value }, options: { permit: ["created"], ...options } });
  const cases: Case[] = [
    ["from seconds", { given: created(1694476800), want: { changes: { created: 1694476800 } } }],
    ["from a string of seconds", { given: created("1694476800"), want: { changes: { created: 1694476800 } } }],
    ["from an ISO date-time in UTC", { given: created("2023-09-12T00:00:00Z"), want: { changes: { created: 1694476800 } } }],
    ["from an ISO date-time with an offset", { given: created("2023-09-12T02:00:00+02:00"), want: { changes: { created: 1694476800 } } }],
    ["from an ISO date-time with a space and fractional seconds (truncated)", { given: created("2023-09-12 00:00:01.999Z"), want: { changes: { created: 1694476801 } } }],
    ["from an ISO date-time without an offset, as UTC (Ecto's :utc_datetime)", { given: created("2023-09-12T00:00:00"), want: { changes: { created: 1694476800 } } }],
    ["from an ISO date, as midnight UTC", { given: created("2023-09-12"), want: { changes: { created: 1694476800 } } }],
    ["from a Date", { given: created(new Date("2023-09-12T00:00:00Z")), want: { changes: { created: 1694476800 } } }],
    ["from a Date before 1970 (floored)", { given: created(new Date(-1500)), want: { changes: { created: -2 } } }],
    ["not from an invalid Date", { given: created(new Date(Number.NaN)), want: { changes: {}, errors: { created: [invalid("unix-time")] } } }],
    ["not from a date that does not exist", { given: created("2023-02-30"), want: { errors: { created: [invalid("unix-time")] } } }],
    ["not from 24:00", { given: created("2023-09-12T24:00:00Z"), want: { errors: { created: [invalid("unix-time")] } } }],
    ["not from prose that Date.parse would take", { given: created("March 7 2020"), want: { errors: { created: [invalid("unix-time")] } } }],
    ["not from a fraction of seconds", { given: created(1694476800.5), want: { errors: { created: [invalid("unix-time")] } } }],
    ["as a Date with dates: \"date\"", { given: created("2023-09-12T00:00:00Z", { dates: "date" }), want: { changes: { created: new Date("2023-09-12T00:00:00Z") } } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));

  describe("regression: an ISO string without an offset was read in the host's time zone", () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    it("is UTC in New York too", async () => {
      process.env.TZ = "America/New_York";
      expect(new Date(2023, 8, 12).getTimezoneOffset()).toBe(240); // the zone took effect
      await expectWant(await changesetOf(created("2023-09-12T00:00:00")), { changes: { created: 1694476800 } }, expect);
    });
  });
});

describe("cast: lists and maps", () => {
  const cases: Case[] = [
    ["a list of strings", { given: { schema: "customer", params: { preferred_locales: ["en", "fr"] }, options: { permit: ["preferred_locales"] } }, want: { changes: { preferred_locales: ["en", "fr"] } } }],
    ["a list with an item of the wrong type is invalid as a whole", { given: { schema: "customer", params: { preferred_locales: ["en", 1] }, options: { permit: ["preferred_locales"] } }, want: { changes: {}, errors: { preferred_locales: [invalid("array of string")] } } }],
    ["a list from something else is invalid", { given: { schema: "customer", params: { preferred_locales: "en" }, options: { permit: ["preferred_locales"] } }, want: { errors: { preferred_locales: [invalid("array of string")] } } }],
    ["a map casts each value: integers from strings", { given: { schema: "customer", params: { invoice_credit_balance: { usd: "42", eur: 7 } }, options: { permit: ["invoice_credit_balance"] } }, want: { changes: { invoice_credit_balance: { usd: 42, eur: 7 } } } }],
    ["a map with a value that can't be cast is invalid as a whole", { given: { schema: "customer", params: { invoice_credit_balance: { usd: "4.2" } }, options: { permit: ["invoice_credit_balance"] } }, want: { changes: {}, errors: { invoice_credit_balance: [invalid("map of integer")] } } }],
    ["metadata takes strings", { given: { schema: "customer", params: { metadata: { order: "6735" } }, options: { permit: ["metadata"] } }, want: { changes: { metadata: { order: "6735" } } } }],
    ["metadata does not take numbers", { given: { schema: "customer", params: { metadata: { order: 6735 } }, options: { permit: ["metadata"] } }, want: { errors: { metadata: [invalid("map of string")] } } }],
    ["a map from a list is invalid", { given: { schema: "customer", params: { metadata: ["a"] }, options: { permit: ["metadata"] } }, want: { errors: { metadata: [invalid("map of string")] } } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});

describe("cast: null, and empty strings (Ecto's empty_values)", () => {
  // customer: description string|null optional; balance integer optional, not nullable;
  // charge: amount integer required; description string|null; customer expandable|null.
  // billing_portal.session: on_behalf_of string|null; locale enum|null; customer string required.
  const cases: Case[] = [
    ["null is a value of a nullable field", { given: { schema: "customer", data: { description: "old" }, params: { description: null }, options: { permit: ["description"] } }, want: { changes: { description: null }, errors: {}, applied: { description: null } } }],
    ["null where data has null is no change", { given: { schema: "customer", data: { description: null }, params: { description: null }, options: { permit: ["description"] } }, want: { changes: {} } }],
    ["null for an optional field that can't be null removes it", { given: { schema: "customer", data: { balance: 5 }, params: { balance: null }, options: { permit: ["balance"] } }, want: { changes: { balance: undefined }, errors: {} } }],
    ["null for an optional field that can't be null and is absent is no change", { given: { schema: "customer", params: { balance: null }, options: { permit: ["balance"] } }, want: { changes: {}, errors: {} } }],
    ["null for a required field that can't be null is blank", { given: { schema: "billing_portal.session", data: { customer: "cus_1" }, params: { customer: null } }, want: { errors: { customer: [blank] } } }],
    ["an empty string stays a string", { given: { schema: "customer", params: { description: "" }, options: { permit: ["description"] } }, want: { changes: { description: "" }, errors: {} } }],
    ["an empty string satisfies a required string (Stripe sends them)", { given: { schema: "billing_portal.session", data: { customer: "cus_1" }, params: { customer: "" } }, want: { changes: { customer: "" }, errors: {} } }],
    ["an empty string for an integer is no value: null where nullable", { given: { schema: "balance_transaction", data: { exchange_rate: 1.5 }, params: { exchange_rate: "" }, options: { permit: ["exchange_rate"] } }, want: { changes: { exchange_rate: null }, errors: {} } }],
    ["an empty string for a required integer is blank", { given: { schema: "balance_transaction", data: { amount: 100 }, params: { amount: "" } }, want: { changes: { amount: undefined }, errors: { amount: [blank] } } }],
    ["an empty string for a closed enum is no value", { given: { schema: "billing_portal.session", data: { locale: "fr" }, params: { locale: "" } }, want: { changes: { locale: null }, errors: {} } }],
    ["an empty string for a boolean that can't be null removes it", { given: { schema: "account", data: { charges_enabled: true }, params: { charges_enabled: "" }, options: { permit: ["charges_enabled"] } }, want: { changes: { charges_enabled: undefined }, errors: {}, applied: {} } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});
