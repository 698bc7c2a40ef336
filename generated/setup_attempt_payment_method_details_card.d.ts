import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsCard as self } from "./types/setup_attempt_payment_method_details_card.js";

export type SetupAttemptPaymentMethodDetailsCard = self;
export declare const SetupAttemptPaymentMethodDetailsCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetailsCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupAttemptPaymentMethodDetailsCard(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetailsCard: runtime.Check;
