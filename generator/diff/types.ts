import type { EnumValue } from "../ir/types.js";
import type { RuleId } from "./rules.js";

/** Who a change can hurt, for consumers of the generated package (its types, validators and changesets). */
export type ChangeClass = "breaking" | "additive" | "neutral";

/** What the generated package's version should do: major if anything breaks, minor if anything is added. */
export type Semver = "major" | "minor" | "patch";

/** One change to one place of one schema. Plain data: the `--json` output is the report itself. */
export interface Change {
  /** Spec name of the schema: `billing_portal.session`. */
  schema: string;
  /**
   * Where in the schema, `""` for the schema itself: properties dotted (`flow.after_completion.type`),
   * a name that is not an identifier quoted (`["payment-method.types"]`), `[]` for array items,
   * `.*` for the values of other keys (`additionalProperties`), `<customer>` for a union member.
   */
  path: string;
  rule: RuleId;
  class: ChangeClass;
  /** The old and new value of what changed (a type sketch, a limit, a pattern), when one changed. */
  from?: string | number;
  to?: string | number;
  /** Enum values, expandable targets or union members added or removed, sorted. */
  values?: EnumValue[];
}

/** A spec as the report names it. */
export interface SpecSummary {
  title: string;
  version: string;
  openapi: string;
  schemas: number;
  /** The path or URL it was read from, as given (set by `diffSpecs`). */
  source?: string;
}

export interface DiffReport {
  old: SpecSummary;
  new: SpecSummary;
  semver: Semver;
  counts: Record<ChangeClass, number>;
  schemas: {
    added: string[];
    removed: string[];
    /** Schemas in both specs with at least one change. */
    changed: string[];
    /** Schemas in both specs with none. */
    unchanged: number;
  };
  /** Sorted by schema, path, rule, then values: the same specs always give the same report. */
  changes: Change[];
}
