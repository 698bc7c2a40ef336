import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsCardWallet as self } from "./types/setup_attempt_payment_method_details_card_wallet.js";

export type SetupAttemptPaymentMethodDetailsCardWallet = self;
export declare const SetupAttemptPaymentMethodDetailsCardWallet: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetailsCardWallet(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSetupAttemptPaymentMethodDetailsCardWallet(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetailsCardWallet: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSetupAttemptPaymentMethodDetailsCardWallet: runtime.Test;
