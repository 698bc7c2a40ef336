/** @schema `payment_intent_next_action_cashapp_qr_code` */
export type PaymentIntentNextActionCashappQrCode = {
  /**
   * The date (unix timestamp) when the QR code expires.
   *
   * @format unix-time
   */
  expires_at: number;
  /**
   * The image_url_png string used to render QR code
   *
   * @maxLength 5000
   */
  image_url_png: string;
  /**
   * The image_url_svg string used to render QR code
   *
   * @maxLength 5000
   */
  image_url_svg: string;
};
