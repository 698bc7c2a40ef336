import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionPaynowDisplayQrCode as self } from "./types/payment_intent_next_action_paynow_display_qr_code.js";

export type PaymentIntentNextActionPaynowDisplayQrCode = self;
export declare const PaymentIntentNextActionPaynowDisplayQrCode: SchemaModule<self>;
