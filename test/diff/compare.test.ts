import { describe, expect, it } from "vitest";
import { diffDocuments } from "../../generator/diff/diff-documents.js";
import { RULES, type RuleId } from "../../generator/diff/rules.js";
import { documentOf, TARGETS, withoutSchema, type Found } from "./support.js";

/** The changes to schema `S` between two versions of it, next to the schemas in TARGETS. */
function changesOf(before: unknown, after: unknown): Found[] {
  const report = diffDocuments(documentOf({ ...TARGETS, S: before }), documentOf({ ...TARGETS, S: after }));
  return withoutSchema(report.changes);
}

const str = { type: "string", maxLength: 5000 };
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", properties, required });
const expandable = (...targets: string[]) => ({
  anyOf: [{ type: "string", maxLength: 5000 }, ...targets.map((target) => ({ $ref: `#/components/schemas/${target}` }))],
  "x-expansionResources": { oneOf: targets.map((target) => ({ $ref: `#/components/schemas/${target}` })) },
});
const ref = (target: string) => ({ $ref: `#/components/schemas/${target}` });

type Case = [string, { given: { old: unknown; new: unknown }; want: Found[] }];

const properties: Case[] = [
  ["identical schemas: nothing", { given: { old: obj({ a: str }, ["a"]), new: obj({ a: str }, ["a"]) }, want: [] }],
  [
    "description and title only: one neutral change for the schema",
    {
      given: { old: { ...obj({ a: { ...str, description: "A" } }), title: "X" }, new: { ...obj({ a: { ...str, description: "B" } }), title: "Y" } },
      want: [{ path: "", rule: "docs.changed", class: "neutral" }],
    },
  ],
  [
    "optional property added: additive, with its type",
    {
      given: { old: obj({ id: str }), new: obj({ id: str, flow: { anyOf: [ref("T")], nullable: true } }) },
      want: [{ path: "flow", rule: "property.added-optional", class: "additive", to: "T | null" }],
    },
  ],
  ["required property added: breaking", { given: { old: obj({ id: str }), new: obj({ id: str, a: { type: "integer" } }, ["a"]) }, want: [{ path: "a", rule: "property.added-required", class: "breaking", to: "integer" }] }],
  ["property removed: breaking, with what it was", { given: { old: obj({ id: str, a: str }), new: obj({ id: str }) }, want: [{ path: "a", rule: "property.removed", class: "breaking", from: "string" }] }],
  [
    "required became optional and nullable (return_url's change): both breaking",
    {
      given: { old: obj({ return_url: str }, ["return_url"]), new: obj({ return_url: { ...str, nullable: true } }) },
      want: [
        { path: "return_url", rule: "nullable.added", class: "breaking" },
        { path: "return_url", rule: "required.removed", class: "breaking" },
      ],
    },
  ],
  ["optional became required: breaking", { given: { old: obj({ a: str }), new: obj({ a: str }, ["a"]) }, want: [{ path: "a", rule: "required.added", class: "breaking" }] }],
  ["nullable removed: breaking", { given: { old: obj({ a: { ...str, nullable: true } }), new: obj({ a: str }) }, want: [{ path: "a", rule: "nullable.removed", class: "breaking" }] }],
];

const types: Case[] = [
  ["kind change: breaking, with both types", { given: { old: obj({ a: str }), new: obj({ a: { type: "integer" } }) }, want: [{ path: "a", rule: "type.changed", class: "breaking", from: "string", to: "integer" }] }],
  [
    "kind change and nullable: reported apart",
    {
      given: { old: obj({ a: str }), new: obj({ a: { type: "boolean", nullable: true } }) },
      want: [
        { path: "a", rule: "nullable.added", class: "breaking" },
        { path: "a", rule: "type.changed", class: "breaking", from: "string", to: "boolean" },
      ],
    },
  ],
  ["integer became number: additive", { given: { old: obj({ a: { type: "integer" } }), new: obj({ a: { type: "number" } }) }, want: [{ path: "a", rule: "number.widened", class: "additive", from: "integer", to: "number" }] }],
  ["number became integer: breaking", { given: { old: obj({ a: { type: "number" } }), new: obj({ a: { type: "integer" } }) }, want: [{ path: "a", rule: "number.narrowed", class: "breaking", from: "number", to: "integer" }] }],
  ["reference to another schema: breaking", { given: { old: obj({ a: ref("T") }), new: obj({ a: ref("U") }) }, want: [{ path: "a", rule: "ref.changed", class: "breaking", from: "T", to: "U" }] }],
  ["nullable reference (anyOf of one $ref) to the same schema: nothing", { given: { old: obj({ a: { anyOf: [ref("T")], nullable: true } }), new: obj({ a: { allOf: [ref("T")], nullable: true } }) }, want: [] }],
  [
    "plain string became expandable: breaking type change",
    { given: { old: obj({ a: str }), new: obj({ a: expandable("T") }) }, want: [{ path: "a", rule: "type.changed", class: "breaking", from: "string", to: "string | T" }] },
  ],
  ["maxLength added: breaking", { given: { old: obj({ a: { type: "string" } }), new: obj({ a: str }) }, want: [{ path: "a", rule: "maxLength.added", class: "breaking", to: 5000 }] }],
  ["maxLength lowered: breaking", { given: { old: obj({ a: str }), new: obj({ a: { ...str, maxLength: 100 } }) }, want: [{ path: "a", rule: "maxLength.lowered", class: "breaking", from: 5000, to: 100 }] }],
  ["maxLength raised: additive", { given: { old: obj({ a: { ...str, maxLength: 100 } }), new: obj({ a: str }) }, want: [{ path: "a", rule: "maxLength.raised", class: "additive", from: 100, to: 5000 }] }],
  ["maxLength removed: additive", { given: { old: obj({ a: str }), new: obj({ a: { type: "string" } }) }, want: [{ path: "a", rule: "maxLength.removed", class: "additive", from: 5000 }] }],
  ["minLength added: breaking", { given: { old: obj({ a: str }), new: obj({ a: { ...str, minLength: 1 } }) }, want: [{ path: "a", rule: "minLength.added", class: "breaking", to: 1 }] }],
  ["minLength raised: breaking", { given: { old: obj({ a: { ...str, minLength: 1 } }), new: obj({ a: { ...str, minLength: 3 } }) }, want: [{ path: "a", rule: "minLength.raised", class: "breaking", from: 1, to: 3 }] }],
  ["minLength lowered: additive", { given: { old: obj({ a: { ...str, minLength: 3 } }), new: obj({ a: { ...str, minLength: 1 } }) }, want: [{ path: "a", rule: "minLength.lowered", class: "additive", from: 3, to: 1 }] }],
  ["minLength removed: additive", { given: { old: obj({ a: { ...str, minLength: 3 } }), new: obj({ a: str }) }, want: [{ path: "a", rule: "minLength.removed", class: "additive", from: 3 }] }],
  ["minLength 0 added: nothing, it is no limit", { given: { old: obj({ a: str }), new: obj({ a: { ...str, minLength: 0 } }) }, want: [] }],
  ["minLength 0 raised: added, as from no limit", { given: { old: obj({ a: { ...str, minLength: 0 } }), new: obj({ a: { ...str, minLength: 2 } }) }, want: [{ path: "a", rule: "minLength.added", class: "breaking", to: 2 }] }],
  [
    "minLength and maxLength both changed: reported apart",
    {
      given: { old: obj({ a: { type: "string", minLength: 2, maxLength: 10 } }), new: obj({ a: { type: "string", minLength: 1, maxLength: 5 } }) },
      want: [
        { path: "a", rule: "maxLength.lowered", class: "breaking", from: 10, to: 5 },
        { path: "a", rule: "minLength.lowered", class: "additive", from: 2, to: 1 },
      ],
    },
  ],
  ["pattern added: breaking", { given: { old: obj({ a: str }), new: obj({ a: { ...str, pattern: "^/v1/file_links" } }) }, want: [{ path: "a", rule: "pattern.added", class: "breaking", to: "^/v1/file_links" }] }],
  ["pattern changed: breaking", { given: { old: obj({ a: { ...str, pattern: "^a" } }), new: obj({ a: { ...str, pattern: "^b" } }) }, want: [{ path: "a", rule: "pattern.changed", class: "breaking", from: "^a", to: "^b" }] }],
  ["pattern removed: additive", { given: { old: obj({ a: { ...str, pattern: "^a" } }), new: obj({ a: str }) }, want: [{ path: "a", rule: "pattern.removed", class: "additive", from: "^a" }] }],
  [
    "unix-time lost: breaking for changesets that cast dates",
    { given: { old: obj({ a: { type: "integer", format: "unix-time" } }), new: obj({ a: { type: "integer" } }) }, want: [{ path: "a", rule: "format.cast-lost", class: "breaking", from: "unix-time" }] },
  ],
  [
    "decimal gained: additive, changesets cast numbers",
    { given: { old: obj({ a: { type: "string" } }), new: obj({ a: { type: "string", format: "decimal" } }) }, want: [{ path: "a", rule: "format.cast-gained", class: "additive", to: "decimal" }] },
  ],
  [
    "a documentation format changed: neutral",
    { given: { old: obj({ a: { type: "string", format: "uri" } }), new: obj({ a: { type: "string", format: "url" } }) }, want: [{ path: "a", rule: "format.changed", class: "neutral", from: "uri", to: "url" }] },
  ],
];

const closed = (...values: string[]) => ({ type: "string", enum: values });
const open = (...values: string[]) => ({ type: "string", enum: values, "x-stripeBypassValidation": true });

const enums: Case[] = [
  ["closed enum gains values: breaking, sorted", { given: { old: obj({ e: closed("b") }), new: obj({ e: closed("d", "b", "a") }) }, want: [{ path: "e", rule: "enum.values-added-closed", class: "breaking", values: ["a", "d"] }] }],
  ["closed enum loses a value: breaking", { given: { old: obj({ e: closed("a", "b") }), new: obj({ e: closed("a") }) }, want: [{ path: "e", rule: "enum.values-removed-closed", class: "breaking", values: ["b"] }] }],
  ["open enum gains a value: additive", { given: { old: obj({ e: open("a") }), new: obj({ e: open("a", "b") }) }, want: [{ path: "e", rule: "enum.values-added-open", class: "additive", values: ["b"] }] }],
  ["open enum loses a value: neutral", { given: { old: obj({ e: open("a", "b") }), new: obj({ e: open("a") }) }, want: [{ path: "e", rule: "enum.values-removed-open", class: "neutral", values: ["b"] }] }],
  ["enum became open: breaking", { given: { old: obj({ e: closed("a") }), new: obj({ e: open("a") }) }, want: [{ path: "e", rule: "enum.opened", class: "breaking" }] }],
  [
    "enum became closed and lost a value (billing_portal.session's locale, and more): values judged by the new enum",
    {
      given: { old: obj({ e: open("a", "b") }), new: obj({ e: closed("a") }) },
      want: [
        { path: "e", rule: "enum.closed", class: "breaking" },
        { path: "e", rule: "enum.values-removed-closed", class: "breaking", values: ["b"] },
      ],
    },
  ],
  ["a null value added to an enum: nullable", { given: { old: obj({ e: closed("a") }), new: obj({ e: { type: "string", enum: ["a", null] } }) }, want: [{ path: "e", rule: "nullable.added", class: "breaking" }] }],
  [
    "integer enum values sorted by value",
    { given: { old: obj({ e: { type: "integer", enum: [1] } }), new: obj({ e: { type: "integer", enum: [10, 2, 1] } }) }, want: [{ path: "e", rule: "enum.values-added-closed", class: "breaking", values: [2, 10] }] },
  ],
  [
    "enum of strings became integers: a type change, not value changes",
    { given: { old: obj({ e: closed("1") }), new: obj({ e: { type: "integer", enum: [1] } }) }, want: [{ path: "e", rule: "type.changed", class: "breaking", from: '"1"', to: "1" }] },
  ],
  ["enum maxLength raised: additive", { given: { old: obj({ e: { ...closed("a"), maxLength: 5 } }), new: obj({ e: { ...closed("a"), maxLength: 50 } }) }, want: [{ path: "e", rule: "maxLength.raised", class: "additive", from: 5, to: 50 }] }],
  ["open enum minLength added: breaking", { given: { old: obj({ e: open("ab") }), new: obj({ e: { ...open("ab"), minLength: 2 } }) }, want: [{ path: "e", rule: "minLength.added", class: "breaking", to: 2 }] }],
  [
    "integer enum minimum made exclusive: breaking",
    { given: { old: obj({ e: { type: "integer", enum: [1, 2], minimum: 0 } }), new: obj({ e: { type: "integer", enum: [1, 2], minimum: 0, exclusiveMinimum: true } }) }, want: [{ path: "e", rule: "minimum.raised", class: "breaking", from: ">= 0", to: "> 0" }] },
  ],
  [
    "integer enum > 0 to >= 1: restated, neutral",
    { given: { old: obj({ e: { type: "integer", enum: [1, 2], minimum: 0, exclusiveMinimum: true } }), new: obj({ e: { type: "integer", enum: [1, 2], minimum: 1 } }) }, want: [{ path: "e", rule: "minimum.restated", class: "neutral", from: "> 0", to: ">= 1" }] },
  ],
  [
    "number enum maximum and multipleOf removed: additive",
    { given: { old: obj({ e: { type: "number", enum: [0.5, 1], maximum: 1, multipleOf: 0.5 } }), new: obj({ e: { type: "number", enum: [0.5, 1] } }) }, want: [{ path: "e", rule: "maximum.removed", class: "additive", from: "<= 1" }, { path: "e", rule: "multipleOf.removed", class: "additive", from: 0.5 }] },
  ],
];

const int = (limits: Record<string, unknown> = {}) => obj({ n: { type: "integer", ...limits } });
const num = (limits: Record<string, unknown> = {}) => obj({ n: { type: "number", ...limits } });

const numbers: Case[] = [
  ["minimum added: breaking, as its comparison", { given: { old: int(), new: int({ minimum: 0 }) }, want: [{ path: "n", rule: "minimum.added", class: "breaking", to: ">= 0" }] }],
  ["exclusive minimum added: breaking", { given: { old: num(), new: num({ minimum: 0, exclusiveMinimum: true }) }, want: [{ path: "n", rule: "minimum.added", class: "breaking", to: "> 0" }] }],
  ["minimum raised: breaking", { given: { old: int({ minimum: 0 }), new: int({ minimum: 1 }) }, want: [{ path: "n", rule: "minimum.raised", class: "breaking", from: ">= 0", to: ">= 1" }] }],
  ["minimum made exclusive at the same value: raised, breaking", { given: { old: num({ minimum: 0 }), new: num({ minimum: 0, exclusiveMinimum: true }) }, want: [{ path: "n", rule: "minimum.raised", class: "breaking", from: ">= 0", to: "> 0" }] }],
  ["minimum made inclusive at the same value: lowered, additive", { given: { old: num({ minimum: 0, exclusiveMinimum: true }), new: num({ minimum: 0 }) }, want: [{ path: "n", rule: "minimum.lowered", class: "additive", from: "> 0", to: ">= 0" }] }],
  ["exclusive minimum lowered below an inclusive one: additive", { given: { old: num({ minimum: 1 }), new: num({ minimum: 0.5, exclusiveMinimum: true }) }, want: [{ path: "n", rule: "minimum.lowered", class: "additive", from: ">= 1", to: "> 0.5" }] }],
  ["minimum removed: additive", { given: { old: int({ minimum: -5 }), new: int() }, want: [{ path: "n", rule: "minimum.removed", class: "additive", from: ">= -5" }] }],
  ["maximum added: breaking", { given: { old: int(), new: int({ maximum: 100 }) }, want: [{ path: "n", rule: "maximum.added", class: "breaking", to: "<= 100" }] }],
  ["maximum lowered: breaking", { given: { old: int({ maximum: 100 }), new: int({ maximum: 10 }) }, want: [{ path: "n", rule: "maximum.lowered", class: "breaking", from: "<= 100", to: "<= 10" }] }],
  ["maximum made exclusive at the same value: lowered, breaking", { given: { old: num({ maximum: 1 }), new: num({ maximum: 1, exclusiveMaximum: true }) }, want: [{ path: "n", rule: "maximum.lowered", class: "breaking", from: "<= 1", to: "< 1" }] }],
  ["maximum made inclusive at the same value: raised, additive", { given: { old: num({ maximum: 1, exclusiveMaximum: true }), new: num({ maximum: 1 }) }, want: [{ path: "n", rule: "maximum.raised", class: "additive", from: "< 1", to: "<= 1" }] }],
  ["maximum raised: additive", { given: { old: int({ maximum: 10 }), new: int({ maximum: 100 }) }, want: [{ path: "n", rule: "maximum.raised", class: "additive", from: "<= 10", to: "<= 100" }] }],
  ["maximum removed: additive", { given: { old: int({ maximum: 100 }), new: int() }, want: [{ path: "n", rule: "maximum.removed", class: "additive", from: "<= 100" }] }],
  // Between integers, bounds compare by the whole numbers they let through.
  ["integer > 0 to >= 1: restated, neutral (the same whole numbers pass)", { given: { old: int({ minimum: 0, exclusiveMinimum: true }), new: int({ minimum: 1 }) }, want: [{ path: "n", rule: "minimum.restated", class: "neutral", from: "> 0", to: ">= 1" }] }],
  ["integer < 10 to <= 9.5: restated, neutral", { given: { old: int({ maximum: 10, exclusiveMaximum: true }), new: int({ maximum: 9.5 }) }, want: [{ path: "n", rule: "maximum.restated", class: "neutral", from: "< 10", to: "<= 9.5" }] }],
  ["integer >= 0 to > 0: raised, breaking (0 no longer passes)", { given: { old: int({ minimum: 0 }), new: int({ minimum: 0, exclusiveMinimum: true }) }, want: [{ path: "n", rule: "minimum.raised", class: "breaking", from: ">= 0", to: "> 0" }] }],
  ["integer > 0.5 to >= 2: raised, breaking (1 no longer passes)", { given: { old: int({ minimum: 0.5, exclusiveMinimum: true }), new: int({ minimum: 2 }) }, want: [{ path: "n", rule: "minimum.raised", class: "breaking", from: "> 0.5", to: ">= 2" }] }],
  ["integer <= 9 to < 11: raised, additive (10 now passes)", { given: { old: int({ maximum: 9 }), new: int({ maximum: 11, exclusiveMaximum: true }) }, want: [{ path: "n", rule: "maximum.raised", class: "additive", from: "<= 9", to: "< 11" }] }],
  ["number > 0 to >= 1: raised, breaking (0.5 no longer passes)", { given: { old: num({ minimum: 0, exclusiveMinimum: true }), new: num({ minimum: 1 }) }, want: [{ path: "n", rule: "minimum.raised", class: "breaking", from: "> 0", to: ">= 1" }] }],
  [
    "both bounds moved in opposite directions: reported apart",
    {
      given: { old: int({ minimum: 1, maximum: 10 }), new: int({ minimum: 0, maximum: 5 }) },
      want: [
        { path: "n", rule: "maximum.lowered", class: "breaking", from: "<= 10", to: "<= 5" },
        { path: "n", rule: "minimum.lowered", class: "additive", from: ">= 1", to: ">= 0" },
      ],
    },
  ],
  ["multipleOf added: breaking", { given: { old: int(), new: int({ multipleOf: 5 }) }, want: [{ path: "n", rule: "multipleOf.added", class: "breaking", to: 5 }] }],
  ["multipleOf 10 to 5: relaxed, additive (every multiple of 10 is one of 5)", { given: { old: int({ multipleOf: 10 }), new: int({ multipleOf: 5 }) }, want: [{ path: "n", rule: "multipleOf.relaxed", class: "additive", from: 10, to: 5 }] }],
  ["multipleOf 5 to 10: changed, breaking", { given: { old: int({ multipleOf: 5 }), new: int({ multipleOf: 10 }) }, want: [{ path: "n", rule: "multipleOf.changed", class: "breaking", from: 5, to: 10 }] }],
  ["multipleOf 4 to 6: changed, breaking (neither divides the other)", { given: { old: int({ multipleOf: 4 }), new: int({ multipleOf: 6 }) }, want: [{ path: "n", rule: "multipleOf.changed", class: "breaking", from: 4, to: 6 }] }],
  ["multipleOf 0.3 to 0.1: relaxed, though 0.3 / 0.1 is not exactly 3 in floating point", { given: { old: num({ multipleOf: 0.3 }), new: num({ multipleOf: 0.1 }) }, want: [{ path: "n", rule: "multipleOf.relaxed", class: "additive", from: 0.3, to: 0.1 }] }],
  ["multipleOf 9e-322 to 3e-323: relaxed, though 9e-322 / 3e-323 is 30.33… in binary (subnormals)", { given: { old: num({ multipleOf: 9e-322 }), new: num({ multipleOf: 3e-323 }) }, want: [{ path: "n", rule: "multipleOf.relaxed", class: "additive", from: 9e-322, to: 3e-323 }] }],
  ["multipleOf 5e-324 to 3: changed, breaking (5e-324 / 3 underflows to 0 in binary)", { given: { old: num({ multipleOf: 5e-324 }), new: num({ multipleOf: 3 }) }, want: [{ path: "n", rule: "multipleOf.changed", class: "breaking", from: 5e-324, to: 3 }] }],
  ["multipleOf 0.1 to 0.3: changed, breaking", { given: { old: num({ multipleOf: 0.1 }), new: num({ multipleOf: 0.3 }) }, want: [{ path: "n", rule: "multipleOf.changed", class: "breaking", from: 0.1, to: 0.3 }] }],
  ["multipleOf removed: additive", { given: { old: num({ multipleOf: 0.01 }), new: num() }, want: [{ path: "n", rule: "multipleOf.removed", class: "additive", from: 0.01 }] }],
  [
    "integer became number with a bound added: both reported",
    { given: { old: int(), new: num({ minimum: 0 }) }, want: [{ path: "n", rule: "minimum.added", class: "breaking", to: ">= 0" }, { path: "n", rule: "number.widened", class: "additive", from: "integer", to: "number" }] },
  ],
];

const list = (limits: Record<string, unknown> = {}, items: unknown = str) => obj({ a: { type: "array", items, ...limits } });

const counts: Case[] = [
  ["minItems added: breaking", { given: { old: list(), new: list({ minItems: 1 }) }, want: [{ path: "a", rule: "minItems.added", class: "breaking", to: 1 }] }],
  ["minItems raised: breaking", { given: { old: list({ minItems: 1 }), new: list({ minItems: 2 }) }, want: [{ path: "a", rule: "minItems.raised", class: "breaking", from: 1, to: 2 }] }],
  ["minItems lowered: additive", { given: { old: list({ minItems: 2 }), new: list({ minItems: 1 }) }, want: [{ path: "a", rule: "minItems.lowered", class: "additive", from: 2, to: 1 }] }],
  ["minItems removed: additive", { given: { old: list({ minItems: 2 }), new: list() }, want: [{ path: "a", rule: "minItems.removed", class: "additive", from: 2 }] }],
  ["minItems 0 removed: nothing, it was no limit", { given: { old: list({ minItems: 0 }), new: list() }, want: [] }],
  ["maxItems added: breaking", { given: { old: list(), new: list({ maxItems: 10 }) }, want: [{ path: "a", rule: "maxItems.added", class: "breaking", to: 10 }] }],
  ["maxItems lowered: breaking", { given: { old: list({ maxItems: 10 }), new: list({ maxItems: 5 }) }, want: [{ path: "a", rule: "maxItems.lowered", class: "breaking", from: 10, to: 5 }] }],
  ["maxItems raised: additive", { given: { old: list({ maxItems: 5 }), new: list({ maxItems: 10 }) }, want: [{ path: "a", rule: "maxItems.raised", class: "additive", from: 5, to: 10 }] }],
  ["maxItems removed: additive", { given: { old: list({ maxItems: 5 }), new: list() }, want: [{ path: "a", rule: "maxItems.removed", class: "additive", from: 5 }] }],
  ["uniqueItems added: breaking", { given: { old: list(), new: list({ uniqueItems: true }) }, want: [{ path: "a", rule: "uniqueItems.added", class: "breaking" }] }],
  ["uniqueItems removed: additive", { given: { old: list({ uniqueItems: true }), new: list({ uniqueItems: false }) }, want: [{ path: "a", rule: "uniqueItems.removed", class: "additive" }] }],
  [
    "the array's limits and its items' compared both",
    {
      given: { old: list({ minItems: 1 }), new: list({ minItems: 2 }, { type: "string" }) },
      want: [
        { path: "a", rule: "minItems.raised", class: "breaking", from: 1, to: 2 },
        { path: "a[]", rule: "maxLength.removed", class: "additive", from: 5000 },
      ],
    },
  ],
  ["limits of nested arrays: at the inner array's path", { given: { old: list({}, { type: "array", items: str }), new: list({}, { type: "array", items: str, maxItems: 3 }) }, want: [{ path: "a[]", rule: "maxItems.added", class: "breaking", to: 3 }] }],
  ["minProperties added to the schema itself: breaking", { given: { old: obj({ a: str }), new: { ...obj({ a: str }), minProperties: 1 } }, want: [{ path: "", rule: "minProperties.added", class: "breaking", to: 1 }] }],
  ["minProperties raised: breaking", { given: { old: { ...obj({}), minProperties: 1 }, new: { ...obj({}), minProperties: 2 } }, want: [{ path: "", rule: "minProperties.raised", class: "breaking", from: 1, to: 2 }] }],
  ["minProperties lowered: additive", { given: { old: { ...obj({}), minProperties: 2 }, new: { ...obj({}), minProperties: 1 } }, want: [{ path: "", rule: "minProperties.lowered", class: "additive", from: 2, to: 1 }] }],
  ["minProperties removed: additive", { given: { old: { ...obj({}), minProperties: 2 }, new: obj({}) }, want: [{ path: "", rule: "minProperties.removed", class: "additive", from: 2 }] }],
  [
    "maxProperties added to a map: breaking",
    {
      given: { old: obj({ metadata: { type: "object", additionalProperties: str } }), new: obj({ metadata: { type: "object", additionalProperties: str, maxProperties: 50 } }) },
      want: [{ path: "metadata", rule: "maxProperties.added", class: "breaking", to: 50 }],
    },
  ],
  ["maxProperties lowered: breaking", { given: { old: { ...obj({}), maxProperties: 50 }, new: { ...obj({}), maxProperties: 20 } }, want: [{ path: "", rule: "maxProperties.lowered", class: "breaking", from: 50, to: 20 }] }],
  ["maxProperties raised: additive", { given: { old: { ...obj({}), maxProperties: 20 }, new: { ...obj({}), maxProperties: 50 } }, want: [{ path: "", rule: "maxProperties.raised", class: "additive", from: 20, to: 50 }] }],
  ["maxProperties removed: additive", { given: { old: { ...obj({}), maxProperties: 20 }, new: obj({}) }, want: [{ path: "", rule: "maxProperties.removed", class: "additive", from: 20 }] }],
];

const unions: Case[] = [
  ["expandable to a new type: breaking", { given: { old: obj({ c: expandable("T") }), new: obj({ c: expandable("T", "deleted_T") }) }, want: [{ path: "c", rule: "expandable.targets-added", class: "breaking", values: ["deleted_T"] }] }],
  ["expandable to fewer types: breaking", { given: { old: obj({ c: expandable("T", "U") }), new: obj({ c: expandable("U") }) }, want: [{ path: "c", rule: "expandable.targets-removed", class: "breaking", values: ["T"] }] }],
  [
    "the ID string of an expandable field compared as a member",
    { given: { old: obj({ c: expandable("T") }), new: obj({ c: { ...expandable("T"), anyOf: [{ type: "string" }, ref("T")] } }) }, want: [{ path: "c<string>", rule: "maxLength.removed", class: "additive", from: 5000 }] },
  ],
  [
    "a union became expandable: additive",
    {
      given: { old: obj({ c: { anyOf: [ref("T"), { type: "integer" }] } }), new: obj({ c: { anyOf: [ref("T"), { type: "integer" }], "x-expansionResources": { oneOf: [ref("T")] } } }) },
      want: [{ path: "c", rule: "expandable.added", class: "additive" }],
    },
  ],
  [
    "a union no longer expandable: breaking",
    {
      given: { old: obj({ c: { anyOf: [ref("T"), { type: "integer" }], "x-expansionResources": { oneOf: [ref("T")] } } }), new: obj({ c: { anyOf: [ref("T"), { type: "integer" }] } }) },
      want: [{ path: "c", rule: "expandable.removed", class: "breaking" }],
    },
  ],
  [
    "polymorphic union (payment_source): members added and removed, both breaking",
    {
      given: { old: { anyOf: [ref("T"), ref("U")] }, new: { anyOf: [ref("T"), ref("deleted_T"), { type: "integer" }] } },
      want: [
        { path: "", rule: "union.members-added", class: "breaking", values: ["deleted_T", "number"] },
        { path: "", rule: "union.members-removed", class: "breaking", values: ["U"] },
      ],
    },
  ],
  [
    "inline members matched by kind and compared inside",
    {
      given: { old: { anyOf: [ref("T"), obj({ a: str })] }, new: { anyOf: [ref("T"), obj({ a: str, b: str })] } },
      want: [{ path: "<object>.b", rule: "property.added-optional", class: "additive", to: "string" }],
    },
  ],
  [
    "a nullable member of a union",
    { given: { old: { anyOf: [ref("T"), ref("U")] }, new: { anyOf: [ref("T"), { anyOf: [ref("U")], nullable: true }] } }, want: [{ path: "<U>", rule: "nullable.added", class: "breaking" }] },
  ],
];

const nesting: Case[] = [
  [
    "nested inline objects: a dotted path",
    {
      given: { old: obj({ flow: obj({ after_completion: obj({ type: closed("redirect") }, ["type"]) }) }), new: obj({ flow: obj({ after_completion: obj({ type: closed("redirect", "hosted_confirmation") }, ["type"]) }) }) },
      want: [{ path: "flow.after_completion.type", rule: "enum.values-added-closed", class: "breaking", values: ["hosted_confirmation"] }],
    },
  ],
  [
    "array items: [] in the path, through a list object",
    {
      given: { old: obj({ lines: obj({ data: { type: "array", items: obj({ id: str, amount: { type: "integer" } }) } }) }), new: obj({ lines: obj({ data: { type: "array", items: obj({ id: str }) } }) }) },
      want: [{ path: "lines.data[].amount", rule: "property.removed", class: "breaking", from: "integer" }],
    },
  ],
  [
    "a property added inside an inline object is reported, not its whole parent",
    { given: { old: obj({ a: obj({ b: str }) }), new: obj({ a: obj({ b: str, c: obj({ d: str }) }) }) }, want: [{ path: "a.c", rule: "property.added-optional", class: "additive", to: "object" }] },
  ],
  ["references are not followed (the target is diffed on its own)", { given: { old: obj({ t: ref("T") }), new: obj({ t: ref("T") }) }, want: [] }],
  [
    "map values: .* in the path",
    {
      given: { old: obj({ metadata: { type: "object", additionalProperties: { type: "string", maxLength: 500 } } }), new: obj({ metadata: { type: "object", additionalProperties: { type: "string" } } }) },
      want: [{ path: "metadata.*", rule: "maxLength.removed", class: "additive", from: 500 }],
    },
  ],
  [
    "other keys allowed: additive",
    { given: { old: obj({ a: str }), new: { ...obj({ a: str }), additionalProperties: true } }, want: [{ path: "*", rule: "additional.allowed", class: "additive", from: "none", to: "any" }] },
  ],
  [
    "other keys forbidden (additionalProperties: false): breaking, and the reverse additive",
    { given: { old: obj({ a: str }), new: { ...obj({ a: str }), additionalProperties: false } }, want: [{ path: "*", rule: "additional.closed", class: "breaking", from: "none", to: "forbidden" }] },
  ],
  [
    "other keys no longer forbidden: additive",
    { given: { old: { ...obj({ a: str }), additionalProperties: false }, new: obj({ a: str }) }, want: [{ path: "*", rule: "additional.opened", class: "additive", from: "forbidden", to: "none" }] },
  ],
  [
    "other keys given a schema: breaking",
    { given: { old: { ...obj({}), additionalProperties: true }, new: { ...obj({}), additionalProperties: { type: "integer" } } }, want: [{ path: "*", rule: "additional.changed", class: "breaking", from: "any", to: "integer" }] },
  ],
  [
    "names that are not identifiers are quoted in the path",
    {
      given: {
        old: obj({ "payment-method.types": obj(Object.fromEntries([["__proto__", str]])) }),
        new: obj({ "payment-method.types": obj(Object.fromEntries([["__proto__", { ...str, nullable: true }]])) }),
      },
      want: [{ path: '["payment-method.types"].__proto__', rule: "nullable.added", class: "breaking" }],
    },
  ],
  [
    "a free-form object (no properties) gaining properties: its other keys lose their index signature",
    { given: { old: obj({}), new: obj({ a: str }) }, want: [{ path: "*", rule: "additional.changed", class: "breaking", from: "any", to: "none" }, { path: "a", rule: "property.added-optional", class: "additive", to: "string" }] },
  ],
  ["the schema itself changing kind: path is empty", { given: { old: obj({}), new: str }, want: [{ path: "", rule: "type.changed", class: "breaking", from: "object", to: "string" }] }],
];

describe("diffDocuments, per change to one schema", () => {
  describe.each([
    ["properties", properties],
    ["types and constraints", types],
    ["enums", enums],
    ["number bounds and divisors", numbers],
    ["array and object counts", counts],
    ["unions and expandable fields", unions],
    ["nesting and paths", nesting],
  ] as const)("%s", (_group, cases) => {
    it.each(cases)("%s", (_name, { given, want }) => {
      expect(changesOf(given.old, given.new)).toEqual(want);
    });
  });

  it("every rule's class in the table is the class the change carries", () => {
    const all = [...properties, ...types, ...enums, ...numbers, ...counts, ...unions, ...nesting].flatMap(([, { want }]) => want);
    for (const change of all) expect(change.class).toBe(RULES[change.rule].class);
  });

  it("every rule has a row, but those about whole schemas (documents.test.ts has them)", () => {
    const found = new Set([...properties, ...types, ...enums, ...numbers, ...counts, ...unions, ...nesting].flatMap(([, { want }]) => want.map((change) => change.rule)));
    expect(Object.keys(RULES).filter((rule) => !rule.startsWith("schema.") && !found.has(rule as RuleId))).toEqual([]);
  });
});
