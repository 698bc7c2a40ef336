import type * as runtime from "./runtime/api.js";
import type { SubscriptionPendingInvoiceItemInterval as self } from "./types/subscription_pending_invoice_item_interval.js";

export type SubscriptionPendingInvoiceItemInterval = self;
export declare const SubscriptionPendingInvoiceItemInterval: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionPendingInvoiceItemInterval(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionPendingInvoiceItemInterval(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionPendingInvoiceItemInterval: runtime.Check;
