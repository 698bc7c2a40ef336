import type { IssuingCardApplePay } from "./issuing_card_apple_pay.js";
import type { IssuingCardGooglePay } from "./issuing_card_google_pay.js";

/** @schema `issuing_card_wallets` */
export type IssuingCardWallets = {
  apple_pay: IssuingCardApplePay;
  google_pay: IssuingCardGooglePay;
  /**
   * Unique identifier for a card used with digital wallets
   *
   * @maxLength 5000
   */
  primary_account_identifier?: string | null;
};
