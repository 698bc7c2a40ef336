import type * as runtime from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsPaypal as self } from "./types/setup_intent_payment_method_options_paypal.js";

export type SetupIntentPaymentMethodOptionsPaypal = self;
export declare const SetupIntentPaymentMethodOptionsPaypal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntentPaymentMethodOptionsPaypal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupIntentPaymentMethodOptionsPaypal(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntentPaymentMethodOptionsPaypal: runtime.Check;
