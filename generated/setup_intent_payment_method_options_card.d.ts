import type * as runtime from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsCard as self } from "./types/setup_intent_payment_method_options_card.js";

export type SetupIntentPaymentMethodOptionsCard = self;
export declare const SetupIntentPaymentMethodOptionsCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntentPaymentMethodOptionsCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupIntentPaymentMethodOptionsCard(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntentPaymentMethodOptionsCard: runtime.Check;
