import type { PaymentIntentNextActionCashappQrCode } from "./payment_intent_next_action_cashapp_qr_code.js";

/** @schema `payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code` */
export type PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode = {
  /**
   * The URL to the hosted Cash App Pay instructions page, which allows customers to view the QR code, and supports QR code refreshing on expiration.
   *
   * @maxLength 5000
   */
  hosted_instructions_url: string;
  /**
   * The url for mobile redirect based auth
   *
   * @maxLength 5000
   */
  mobile_auth_url: string;
  qr_code: PaymentIntentNextActionCashappQrCode;
};
