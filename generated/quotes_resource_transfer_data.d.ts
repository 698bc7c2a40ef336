import type * as runtime from "./runtime/api.js";
import type { QuotesResourceTransferData as self } from "./types/quotes_resource_transfer_data.js";

export type QuotesResourceTransferData = self;
export declare const QuotesResourceTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isQuotesResourceTransferData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceTransferData: runtime.Check;
