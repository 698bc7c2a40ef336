import { describe, expect, it } from "vitest";
import { diffDocuments } from "../../generator/diff/diff-documents.js";
import { RULES } from "../../generator/diff/rules.js";
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
    ["unions and expandable fields", unions],
    ["nesting and paths", nesting],
  ] as const)("%s", (_group, cases) => {
    it.each(cases)("%s", (_name, { given, want }) => {
      expect(changesOf(given.old, given.new)).toEqual(want);
    });
  });

  it("every rule's class in the table is the class the change carries", () => {
    const all = [...properties, ...types, ...enums, ...unions, ...nesting].flatMap(([, { want }]) => want);
    for (const change of all) expect(change.class).toBe(RULES[change.rule].class);
  });
});
