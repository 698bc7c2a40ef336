import type * as runtime from "./runtime/api.js";
import type { MandateLink as self } from "./types/mandate_link.js";

export type MandateLink = self;
export declare const MandateLink: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateMandateLink(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isMandateLink(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkMandateLink: runtime.Check;
