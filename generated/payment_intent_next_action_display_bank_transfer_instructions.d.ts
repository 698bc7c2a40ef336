import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionDisplayBankTransferInstructions as Type } from "./types/payment_intent_next_action_display_bank_transfer_instructions.js";

export type { PaymentIntentNextActionDisplayBankTransferInstructions } from "./types/payment_intent_next_action_display_bank_transfer_instructions.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionDisplayBankTransferInstructions };
