/** @schema `payment_intent_next_action_wechat_pay_display_qr_code` */
export type PaymentIntentNextActionWechatPayDisplayQrCode = {
  /**
   * The data being used to generate QR code
   *
   * @maxLength 5000
   */
  data: string;
  /**
   * The URL to the hosted WeChat Pay instructions page, which allows customers to view the WeChat Pay QR code.
   *
   * @maxLength 5000
   */
  hosted_instructions_url: string;
  /**
   * The base64 image data for a pre-generated QR code
   *
   * @maxLength 5000
   */
  image_data_url: string;
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
