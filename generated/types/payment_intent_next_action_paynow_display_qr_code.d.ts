/** @schema `payment_intent_next_action_paynow_display_qr_code` */
export type PaymentIntentNextActionPaynowDisplayQrCode = {
  /**
   * The raw data string used to generate QR code, it should be used together with QR code library.
   *
   * @maxLength 5000
   */
  data: string;
  /**
   * The URL to the hosted PayNow instructions page, which allows customers to view the PayNow QR code.
   *
   * @maxLength 5000
   */
  hosted_instructions_url?: string | null;
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
