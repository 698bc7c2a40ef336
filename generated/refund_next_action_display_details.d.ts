import type * as runtime from "./runtime/api.js";
import type { RefundNextActionDisplayDetails as self } from "./types/refund_next_action_display_details.js";

export type RefundNextActionDisplayDetails = self;
export declare const RefundNextActionDisplayDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRefundNextActionDisplayDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRefundNextActionDisplayDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRefundNextActionDisplayDetails: runtime.Check;
