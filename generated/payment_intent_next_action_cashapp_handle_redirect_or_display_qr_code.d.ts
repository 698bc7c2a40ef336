import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode as self } from "./types/payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code.js";

export type PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode = self;
export declare const PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode: SchemaModule<self>;
