import type * as runtime from "./runtime/api.js";
import type { QuotesResourceTransferData as self } from "./types/quotes_resource_transfer_data.js";

export type QuotesResourceTransferData = self;
export declare const QuotesResourceTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isQuotesResourceTransferData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceTransferData: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testQuotesResourceTransferData: runtime.Test;
