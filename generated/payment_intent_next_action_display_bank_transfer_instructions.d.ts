import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionDisplayBankTransferInstructions as self } from "./types/payment_intent_next_action_display_bank_transfer_instructions.js";

export type PaymentIntentNextActionDisplayBankTransferInstructions = self;
export declare const PaymentIntentNextActionDisplayBankTransferInstructions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionDisplayBankTransferInstructions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionDisplayBankTransferInstructions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionDisplayBankTransferInstructions: runtime.Check;
