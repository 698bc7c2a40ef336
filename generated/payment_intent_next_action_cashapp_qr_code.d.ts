import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionCashappQrCode as Type } from "./types/payment_intent_next_action_cashapp_qr_code.js";

export type PaymentIntentNextActionCashappQrCode = Type;
export declare const PaymentIntentNextActionCashappQrCode: SchemaModule<Type>;
