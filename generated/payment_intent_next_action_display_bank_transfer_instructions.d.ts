import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionDisplayBankTransferInstructions as self } from "./types/payment_intent_next_action_display_bank_transfer_instructions.js";

export type PaymentIntentNextActionDisplayBankTransferInstructions = self;
export declare const PaymentIntentNextActionDisplayBankTransferInstructions: SchemaModule<self>;
