import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionCashappQrCode as self } from "./types/payment_intent_next_action_cashapp_qr_code.js";

export type PaymentIntentNextActionCashappQrCode = self;
export declare const PaymentIntentNextActionCashappQrCode: SchemaModule<self>;
