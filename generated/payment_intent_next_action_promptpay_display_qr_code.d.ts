import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionPromptpayDisplayQrCode as self } from "./types/payment_intent_next_action_promptpay_display_qr_code.js";

export type PaymentIntentNextActionPromptpayDisplayQrCode = self;
export declare const PaymentIntentNextActionPromptpayDisplayQrCode: SchemaModule<self>;
