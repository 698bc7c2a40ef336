import type { ChangeClass } from "./types.js";

interface Rule {
  class: ChangeClass;
  /** The change in a few words, as the Markdown report says it. */
  title: string;
  /** Why it has that class, for a consumer of the generated package (types, validators, changesets). */
  reason: string;
}

/**
 * Every kind of change the diff reports, with its class and why. Readers (code that receives
 * Stripe's objects through the types) break when a type widens; validators of old data and
 * producers (code that builds objects, changesets) break when it narrows. A change that only
 * relaxes a check without changing the type is additive. Enums are judged as the package types
 * them by default: an open enum (`x-stripeBypassValidation`) is `"a" | "b" | (string & {})` and
 * its validator accepts any string, so its listed values are only autocompletion (with
 * `--closed-enums`, additions to it would break exhaustive switches like a closed enum's).
 * Description and title changes are one neutral change per schema: the generated files
 * differ (their JSDoc), so a regeneration rewrites them, but nothing a program sees changes.
 * Limits (lengths, counts, bounds, divisors) change what validators accept, never the type: adding
 * or tightening one breaks, loosening or removing one is additive. A number bound is reported as
 * text with its comparison, `>= 0` or `> 0` for a minimum and `<= 100` or `< 100` for a maximum,
 * so a bound that only became exclusive (tighter) or inclusive (looser) shows what changed.
 * Between integers a bound is judged by the whole numbers it lets through: `> 0` rewritten as
 * `>= 1` is restated (neutral), not raised.
 */
export const RULES = {
  "schema.added": { class: "additive", title: "schema added", reason: "a new type and module; nothing that exists changes" },
  "schema.removed": { class: "breaking", title: "schema removed", reason: "imports of its type and module stop compiling" },
  "schema.type-renamed": { class: "breaking", title: "type renamed", reason: "imports of the old type name stop compiling" },
  "schema.file-renamed": { class: "breaking", title: "module renamed", reason: "imports of the old module path stop resolving" },

  "property.added-optional": { class: "additive", title: "property added (optional)", reason: "old data still validates and producers need not set it" },
  "property.added-required": { class: "breaking", title: "property added (required)", reason: "validators reject old data without it and producers must now set it" },
  "property.removed": { class: "breaking", title: "property removed", reason: "code reading or setting it stops compiling; unknownKeys: reject refuses data that has it" },
  "required.removed": { class: "breaking", title: "no longer required", reason: "the type gains `?`: readers must handle a missing value" },
  "required.added": { class: "breaking", title: "now required", reason: "validators reject old data without it and producers must now set it" },
  "nullable.added": { class: "breaking", title: "now nullable", reason: "the type gains `| null`: readers must handle null" },
  "nullable.removed": { class: "breaking", title: "no longer nullable", reason: "validators reject old data holding null and producers can no longer set it" },

  "type.changed": { class: "breaking", title: "type changed", reason: "the type and the validator accept different values" },
  "ref.changed": { class: "breaking", title: "refers to another schema", reason: "the field holds another schema's type" },
  "number.widened": { class: "additive", title: "integer became number", reason: "validators accept fractions too; the type is `number` either way" },
  "number.narrowed": { class: "breaking", title: "number became integer", reason: "validators reject old data holding fractions" },

  "enum.values-added-closed": { class: "breaking", title: "enum values added", reason: "the literal union widens: exhaustive switches stop compiling" },
  "enum.values-added-open": { class: "additive", title: "open enum values added", reason: "an open enum already accepts any string; the values only join autocompletion" },
  "enum.values-removed-closed": { class: "breaking", title: "enum values removed", reason: "validators reject old data holding them and code naming them stops compiling" },
  "enum.values-removed-open": { class: "neutral", title: "open enum values removed", reason: "an open enum still accepts them; they only leave autocompletion" },
  "enum.opened": { class: "breaking", title: "enum became open", reason: "the type gains `(string & {})`: exhaustive switches stop compiling" },
  "enum.closed": { class: "breaking", title: "enum became closed", reason: "validators reject unlisted values they accepted" },

  "expandable.targets-added": { class: "breaking", title: "expandable to more types", reason: "the field's union widens: code using the expanded object must handle the new types" },
  "expandable.targets-removed": { class: "breaking", title: "expandable to fewer types", reason: "validators reject old data expanded to them and code naming them stops compiling" },
  "expandable.added": { class: "additive", title: "became expandable", reason: "`Expanded<T, path>` can now narrow the field; its values are unchanged" },
  "expandable.removed": { class: "breaking", title: "no longer expandable", reason: "`Expanded<T, path>` through the field stops narrowing it" },
  "union.members-added": { class: "breaking", title: "union members added", reason: "the union widens: readers must handle the new members" },
  "union.members-removed": { class: "breaking", title: "union members removed", reason: "validators reject old data of the removed members" },

  "maxLength.added": { class: "breaking", title: "maxLength added", reason: "validators reject old data longer than the limit" },
  "maxLength.lowered": { class: "breaking", title: "maxLength lowered", reason: "validators reject old data longer than the new limit" },
  "maxLength.raised": { class: "additive", title: "maxLength raised", reason: "validators accept longer strings; the type is unchanged" },
  "maxLength.removed": { class: "additive", title: "maxLength removed", reason: "validators accept any length; the type is unchanged" },
  "minLength.added": { class: "breaking", title: "minLength added", reason: "validators reject old data shorter than the limit" },
  "minLength.raised": { class: "breaking", title: "minLength raised", reason: "validators reject old data shorter than the new limit" },
  "minLength.lowered": { class: "additive", title: "minLength lowered", reason: "validators accept shorter strings; the type is unchanged" },
  "minLength.removed": { class: "additive", title: "minLength removed", reason: "validators accept strings however short; the type is unchanged" },
  "pattern.added": { class: "breaking", title: "pattern added", reason: "validators reject old data that does not match" },
  "pattern.changed": { class: "breaking", title: "pattern changed", reason: "validators may reject old data that matched the old pattern" },
  "pattern.removed": { class: "additive", title: "pattern removed", reason: "validators accept any string; the type is unchanged" },
  "format.cast-gained": { class: "additive", title: "format added", reason: "changesets cast more input (ISO dates for unix-time, numbers for decimal)" },
  "format.cast-lost": { class: "breaking", title: "format removed", reason: "changesets stop casting input they cast (ISO dates for unix-time, numbers for decimal)" },
  "format.changed": { class: "neutral", title: "format changed", reason: "formats other than unix-time and decimal are documentation only" },

  "minimum.added": { class: "breaking", title: "minimum added", reason: "validators reject old data below the limit" },
  "minimum.raised": { class: "breaking", title: "minimum raised", reason: "validators reject old data below the new limit, or at it when the limit became exclusive" },
  "minimum.lowered": { class: "additive", title: "minimum lowered", reason: "validators accept smaller numbers, or the limit itself when it became inclusive; the type is unchanged" },
  "minimum.removed": { class: "additive", title: "minimum removed", reason: "validators accept numbers however small; the type is unchanged" },
  "minimum.restated": { class: "neutral", title: "minimum restated", reason: "the same whole numbers pass: an integer's `> 0` is `>= 1`" },
  "maximum.added": { class: "breaking", title: "maximum added", reason: "validators reject old data above the limit" },
  "maximum.lowered": { class: "breaking", title: "maximum lowered", reason: "validators reject old data above the new limit, or at it when the limit became exclusive" },
  "maximum.raised": { class: "additive", title: "maximum raised", reason: "validators accept larger numbers, or the limit itself when it became inclusive; the type is unchanged" },
  "maximum.removed": { class: "additive", title: "maximum removed", reason: "validators accept numbers however large; the type is unchanged" },
  "maximum.restated": { class: "neutral", title: "maximum restated", reason: "the same whole numbers pass: an integer's `< 10` is `<= 9`" },
  "multipleOf.added": { class: "breaking", title: "multipleOf added", reason: "validators reject old data that is not a multiple of the divisor" },
  "multipleOf.changed": { class: "breaking", title: "multipleOf changed", reason: "the new divisor does not divide the old one: validators reject old data that was a multiple only of the old" },
  "multipleOf.relaxed": { class: "additive", title: "multipleOf relaxed", reason: "the new divisor divides the old one: every old multiple is still one and validators accept more; the type is unchanged" },
  "multipleOf.removed": { class: "additive", title: "multipleOf removed", reason: "validators accept numbers that are not multiples; the type is unchanged" },

  "minItems.added": { class: "breaking", title: "minItems added", reason: "validators reject old data with fewer items than the limit" },
  "minItems.raised": { class: "breaking", title: "minItems raised", reason: "validators reject old data with fewer items than the new limit" },
  "minItems.lowered": { class: "additive", title: "minItems lowered", reason: "validators accept shorter arrays; the type is unchanged" },
  "minItems.removed": { class: "additive", title: "minItems removed", reason: "validators accept arrays however short, even empty; the type is unchanged" },
  "maxItems.added": { class: "breaking", title: "maxItems added", reason: "validators reject old data with more items than the limit" },
  "maxItems.lowered": { class: "breaking", title: "maxItems lowered", reason: "validators reject old data with more items than the new limit" },
  "maxItems.raised": { class: "additive", title: "maxItems raised", reason: "validators accept longer arrays; the type is unchanged" },
  "maxItems.removed": { class: "additive", title: "maxItems removed", reason: "validators accept arrays of any length; the type is unchanged" },
  "uniqueItems.added": { class: "breaking", title: "uniqueItems added", reason: "validators reject old data holding equal items" },
  "uniqueItems.removed": { class: "additive", title: "uniqueItems removed", reason: "validators accept equal items; the type is unchanged" },

  "additional.allowed": { class: "additive", title: "other keys allowed", reason: "other keys become data: unknownKeys: reject accepts them and changesets keep them" },
  "additional.closed": { class: "breaking", title: "other keys forbidden", reason: "additionalProperties: false: validators reject old data holding keys the schema doesn't declare, in every mode" },
  "additional.opened": { class: "additive", title: "other keys no longer forbidden", reason: "validators accept keys the schema doesn't declare, as unknownKeys says; the type is unchanged" },
  "additional.changed": { class: "breaking", title: "other keys' schema changed", reason: "the values of other keys are typed or checked differently" },
  "minProperties.added": { class: "breaking", title: "minProperties added", reason: "validators reject old data with fewer keys than the limit" },
  "minProperties.raised": { class: "breaking", title: "minProperties raised", reason: "validators reject old data with fewer keys than the new limit" },
  "minProperties.lowered": { class: "additive", title: "minProperties lowered", reason: "validators accept objects with fewer keys; the type is unchanged" },
  "minProperties.removed": { class: "additive", title: "minProperties removed", reason: "validators accept objects however few keys they have; the type is unchanged" },
  "maxProperties.added": { class: "breaking", title: "maxProperties added", reason: "validators reject old data with more keys than the limit" },
  "maxProperties.lowered": { class: "breaking", title: "maxProperties lowered", reason: "validators reject old data with more keys than the new limit" },
  "maxProperties.raised": { class: "additive", title: "maxProperties raised", reason: "validators accept objects with more keys; the type is unchanged" },
  "maxProperties.removed": { class: "additive", title: "maxProperties removed", reason: "validators accept objects however many keys they have; the type is unchanged" },

  "docs.changed": { class: "neutral", title: "documentation changed", reason: "descriptions or titles differ: the types' JSDoc changes, nothing a program sees" },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** Formats the runtime acts on when casting (templates/runtime/cast.ts); the others are documentation. */
export const CAST_FORMATS: readonly string[] = ["unix-time", "decimal"];
