import type * as runtime from "./runtime/api.js";
import type { RefundNextActionDisplayDetails as self } from "./types/refund_next_action_display_details.js";

export type RefundNextActionDisplayDetails = self;
export declare const RefundNextActionDisplayDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRefundNextActionDisplayDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isRefundNextActionDisplayDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRefundNextActionDisplayDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testRefundNextActionDisplayDetails: runtime.Test;
