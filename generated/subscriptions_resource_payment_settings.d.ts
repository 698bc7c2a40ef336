import type * as runtime from "./runtime/api.js";
import type { SubscriptionsResourcePaymentSettings as self } from "./types/subscriptions_resource_payment_settings.js";

export type SubscriptionsResourcePaymentSettings = self;
export declare const SubscriptionsResourcePaymentSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionsResourcePaymentSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionsResourcePaymentSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionsResourcePaymentSettings: runtime.Check;
