import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionPixDisplayQrCode as self } from "./types/payment_intent_next_action_pix_display_qr_code.js";

export type PaymentIntentNextActionPixDisplayQrCode = self;
export declare const PaymentIntentNextActionPixDisplayQrCode: SchemaModule<self>;
