import type * as runtime from "./runtime/api.js";
import type { Rule as self } from "./types/rule.js";

export type Rule = self;
export declare const Rule: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRule(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRule(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRule: runtime.Check;
