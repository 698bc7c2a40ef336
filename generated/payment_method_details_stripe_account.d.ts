import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsStripeAccount as self } from "./types/payment_method_details_stripe_account.js";

export type PaymentMethodDetailsStripeAccount = self;
export declare const PaymentMethodDetailsStripeAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsStripeAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsStripeAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsStripeAccount: runtime.Check;
