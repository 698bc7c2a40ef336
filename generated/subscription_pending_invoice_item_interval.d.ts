import type * as runtime from "./runtime/api.js";
import type { SubscriptionPendingInvoiceItemInterval as self } from "./types/subscription_pending_invoice_item_interval.js";

export type SubscriptionPendingInvoiceItemInterval = self;
export declare const SubscriptionPendingInvoiceItemInterval: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionPendingInvoiceItemInterval(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSubscriptionPendingInvoiceItemInterval(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionPendingInvoiceItemInterval: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSubscriptionPendingInvoiceItemInterval: runtime.Test;
