import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionPaynowDisplayQrCode as Type } from "./types/payment_intent_next_action_paynow_display_qr_code.js";

export type PaymentIntentNextActionPaynowDisplayQrCode = Type;
export declare const PaymentIntentNextActionPaynowDisplayQrCode: SchemaModule<Type>;
