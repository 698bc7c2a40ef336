/**
 * Ecto's validations as the spec implies them: validate_required (the spec's `required`),
 * validate_inclusion (enums), validate_length (maxLength, in code points), validate_format
 * (pattern); run on the changes, except required, which looks at data and changes.
 */
import { describe, expect, it } from "vitest";
import { blank, changesetOf, example, expectWant, inclusion, invalid, tooLong, type Given, type Want } from "./support.js";

type Case = [name: string, { given: Given; want: Want }];

const LOCALES = ["auto", "bg", "cs", "da", "de", "el", "en", "en-AU", "en-CA", "en-GB", "en-IE", "en-IN", "en-NZ", "en-SG", "es", "es-419", "et", "fi", "fil", "fr", "fr-CA", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sk", "sl", "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW"];

describe("validate_required", () => {
  const session = example("billing_portal.session");
  const cases: Case[] = [
    [
      "every required field missing from data and params is blank",
      {
        given: { schema: "billing_portal.session", params: { return_url: "https://x.test" } },
        want: {
          changes: { return_url: "https://x.test" },
          allErrors: { configuration: [blank], created: [blank], customer: [blank], id: [blank], livemode: [blank], object: [blank], url: [blank] },
          valid: false,
        },
      },
    ],
    ["a required field in data need not be in params", { given: { schema: "billing_portal.session", data: session, params: { return_url: "https://x.test" } }, want: { allErrors: {}, valid: true } }],
    ["a required field given as null is blank", { given: { schema: "billing_portal.session", data: session, params: { url: null } }, want: { allErrors: { url: [blank] }, valid: false } }],
    ["a required field removed by null from data is blank", { given: { schema: "billing_portal.session", data: session, params: { url: null, customer: "cus_2" } }, want: { changes: { url: undefined, customer: "cus_2" }, allErrors: { url: [blank] } } }],
    ["a required nullable field takes null (Stripe's `description: string | null` is always present)", { given: { schema: "charge", data: example("charge"), params: { description: null } }, want: { changes: { description: null }, allErrors: {}, valid: true } }],
    ["a field with a cast error is not also blank (Ecto skips fields with errors)", { given: { schema: "billing_portal.session", params: { created: "yesterday" }, options: { permit: ["created"] } }, want: { errors: { created: [invalid("unix-time")] } } }],
    ["a required embedded object is blank when missing", { given: { schema: "charge", data: { ...example("charge"), billing_details: undefined }, params: {} }, want: { allErrors: { billing_details: [blank] } } }],
    ["a required field of a nested object is blank in the nested errors", { given: { schema: "billing_portal.session", data: session, params: { flow: { type: "payment_method_update" } } }, want: { allErrors: { flow: { after_completion: [blank] } }, valid: false } }],
    ["lenient mode turns blanks into warnings", { given: { schema: "billing_portal.session", params: { return_url: "https://x.test" }, options: { mode: "lenient" } }, want: { allErrors: {}, valid: true, warnings: [["required", "/configuration"], ["required", "/created"], ["required", "/customer"], ["required", "/id"], ["required", "/livemode"], ["required", "/object"], ["required", "/url"]] } }],
    ["lenient mode reports nested blanks with their full path", { given: { schema: "billing_portal.session", data: session, params: { flow: { type: "payment_method_update" } }, options: { mode: "lenient" } }, want: { allErrors: {}, valid: true, warnings: [["required", "/flow/after_completion"]] } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});

describe("validate_inclusion", () => {
  const session = example("billing_portal.session");
  const cases: Case[] = [
    ["a value of the enum", { given: { schema: "billing_portal.session", data: session, params: { locale: "fr" } }, want: { changes: { locale: "fr" }, allErrors: {} } }],
    ["a value outside the enum", { given: { schema: "billing_portal.session", data: session, params: { locale: "xx" } }, want: { changes: { locale: "xx" }, allErrors: { locale: [inclusion(LOCALES)] }, valid: false } }],
    ["a value outside a one-value enum (`object`)", { given: { schema: "billing_portal.session", data: session, params: { object: "charge" } }, want: { allErrors: { object: [inclusion(["billing_portal.session"])] } } }],
    ["lenient mode: a value outside the enum is a warning", { given: { schema: "billing_portal.session", data: session, params: { locale: "xx" }, options: { mode: "lenient" } }, want: { allErrors: {}, valid: true, warnings: [["invalid_enum", "/locale"]] } }],
    ["an open enum (x-stripeBypassValidation) takes any string", { given: { schema: "checkout.session", data: example("checkout.session"), params: { locale: "tlh" } }, want: { changes: { locale: "tlh" }, allErrors: {}, valid: true } }],
    ["an open enum still wants a string", { given: { schema: "account", data: example("account"), params: { business_type: 7 } }, want: { allErrors: { business_type: [invalid("string")] } } }],
    ["an invalid value already in data is not reported (Ecto validates changes)", { given: { schema: "billing_portal.session", data: { ...session, locale: "xx" }, params: { return_url: "https://x.test" } }, want: { allErrors: {}, valid: true } }],
    [
      "a nested enum: errors nest like the embeds",
      {
        given: { schema: "billing_portal.session", data: session, params: { flow: { type: "payment_method_update", after_completion: { type: "elsewhere" } } } },
        want: { allErrors: { flow: { after_completion: { type: [inclusion(["hosted_confirmation", "portal_homepage", "redirect"])] } } }, valid: false },
      },
    ],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});

describe("validate_length (maxLength, counted in code points)", () => {
  const session = example("billing_portal.session");
  const cases: Case[] = [
    ["at the limit", { given: { schema: "billing_portal.session", data: session, params: { customer: "c".repeat(5000) } }, want: { allErrors: {} } }],
    ["one over the limit, in Ecto's words", { given: { schema: "billing_portal.session", data: session, params: { customer: "c".repeat(5001) } }, want: { allErrors: { customer: [tooLong(5000)] }, valid: false } }],
    ["5000 emoji are 5000 characters, not 10000 UTF-16 units", { given: { schema: "billing_portal.session", data: session, params: { customer: "😀".repeat(5000) } }, want: { allErrors: {} } }],
    ["5001 emoji are too many", { given: { schema: "billing_portal.session", data: session, params: { customer: "😀".repeat(5001) } }, want: { allErrors: { customer: [tooLong(5000)] } } }],
    ["a too long value in data is not reported", { given: { schema: "billing_portal.session", data: { ...session, customer: "c".repeat(5001) }, params: { locale: "fr" } }, want: { allErrors: {} } }],
    ["an item of a list of strings: the error says where", { given: { schema: "customer", data: example("customer"), params: { preferred_locales: ["en", "x".repeat(5001)] } }, want: { allErrors: { preferred_locales: [{ ...tooLong(5000), path: ["preferred_locales", 1] }] } } }],
    ["a value of a map: the error says where", { given: { schema: "customer", data: example("customer"), params: { metadata: { note: "x".repeat(501) } } }, want: { allErrors: { metadata: [{ ...tooLong(500), path: ["metadata", "note"] }] } } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});

describe("validate_format (pattern)", () => {
  // file.links.url has `pattern: ^/v1/file_links`; the error names it as the spec writes it.
  const links = (url: string) => ({ links: { ...(example("file").links as object), url } });
  const cases: Case[] = [
    ["a value that matches", { given: { schema: "file", data: example("file"), params: links("/v1/file_links?file=x") }, want: { changes: { links: { url: "/v1/file_links?file=x" } }, allErrors: {}, valid: true } }],
    ["a value that does not match", { given: { schema: "file", data: example("file"), params: links("/v2/elsewhere") }, want: { allErrors: { links: { url: [{ message: "has invalid format", validation: "format", pattern: "^/v1/file_links" }] } }, valid: false } }],
  ];
  it.each(cases)("%s", async (_name, { given, want }) => expectWant(await changesetOf(given), want, expect));
});
