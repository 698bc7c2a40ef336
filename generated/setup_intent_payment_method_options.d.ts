import type * as runtime from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptions as self } from "./types/setup_intent_payment_method_options.js";

export type SetupIntentPaymentMethodOptions = self;
export declare const SetupIntentPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntentPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupIntentPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntentPaymentMethodOptions: runtime.Check;
