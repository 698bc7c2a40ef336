/** @schema `payment_intent_next_action_promptpay_display_qr_code` */
export type PaymentIntentNextActionPromptpayDisplayQrCode = {
  /**
   * The raw data string used to generate QR code, it should be used together with QR code library.
   *
   * @maxLength 5000
   */
  data: string;
  /**
   * The URL to the hosted PromptPay instructions page, which allows customers to view the PromptPay QR code.
   *
   * @maxLength 5000
   */
  hosted_instructions_url: string;
  /**
   * The PNG path used to render the QR code, can be used as the source in an HTML img tag
   *
   * @maxLength 5000
   */
  image_url_png: string;
  /**
   * The SVG path used to render the QR code, can be used as the source in an HTML img tag
   *
   * @maxLength 5000
   */
  image_url_svg: string;
};
