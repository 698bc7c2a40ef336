import type * as runtime from "./runtime/api.js";
import type { SourceTypeAchCreditTransfer as self } from "./types/source_type_ach_credit_transfer.js";

export type SourceTypeAchCreditTransfer = self;
export declare const SourceTypeAchCreditTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeAchCreditTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeAchCreditTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeAchCreditTransfer: runtime.Check;
