/** @schema `payment_intent_next_action_pix_display_qr_code` */
export type PaymentIntentNextActionPixDisplayQrCode = {
  /**
   * The raw data string used to generate QR code, it should be used together with QR code library.
   *
   * @maxLength 5000
   */
  data?: string;
  /** The date (unix timestamp) when the PIX expires. */
  expires_at?: number;
  /**
   * The URL to the hosted pix instructions page, which allows customers to view the pix QR code.
   *
   * @maxLength 5000
   */
  hosted_instructions_url?: string;
  /**
   * The image_url_png string used to render png QR code
   *
   * @maxLength 5000
   */
  image_url_png?: string;
  /**
   * The image_url_svg string used to render svg QR code
   *
   * @maxLength 5000
   */
  image_url_svg?: string;
};
