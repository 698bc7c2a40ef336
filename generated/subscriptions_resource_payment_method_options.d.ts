import type * as runtime from "./runtime/api.js";
import type { SubscriptionsResourcePaymentMethodOptions as self } from "./types/subscriptions_resource_payment_method_options.js";

export type SubscriptionsResourcePaymentMethodOptions = self;
export declare const SubscriptionsResourcePaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionsResourcePaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionsResourcePaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionsResourcePaymentMethodOptions: runtime.Check;
