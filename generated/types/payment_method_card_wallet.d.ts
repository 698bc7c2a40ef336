import type { PaymentMethodCardWalletAmexExpressCheckout } from "./payment_method_card_wallet_amex_express_checkout.js";
import type { PaymentMethodCardWalletApplePay } from "./payment_method_card_wallet_apple_pay.js";
import type { PaymentMethodCardWalletGooglePay } from "./payment_method_card_wallet_google_pay.js";
import type { PaymentMethodCardWalletLink } from "./payment_method_card_wallet_link.js";
import type { PaymentMethodCardWalletMasterpass } from "./payment_method_card_wallet_masterpass.js";
import type { PaymentMethodCardWalletSamsungPay } from "./payment_method_card_wallet_samsung_pay.js";
import type { PaymentMethodCardWalletVisaCheckout } from "./payment_method_card_wallet_visa_checkout.js";

/** @schema `payment_method_card_wallet` */
export type PaymentMethodCardWallet = {
  amex_express_checkout?: PaymentMethodCardWalletAmexExpressCheckout;
  apple_pay?: PaymentMethodCardWalletApplePay;
  /**
   * (For tokenized numbers only.) The last four digits of the device account number.
   *
   * @maxLength 5000
   */
  dynamic_last4?: string | null;
  google_pay?: PaymentMethodCardWalletGooglePay;
  link?: PaymentMethodCardWalletLink;
  masterpass?: PaymentMethodCardWalletMasterpass;
  samsung_pay?: PaymentMethodCardWalletSamsungPay;
  /** The type of the card wallet, one of `amex_express_checkout`, `apple_pay`, `google_pay`, `masterpass`, `samsung_pay`, `visa_checkout`, or `link`. An additional hash is included on the Wallet subhash with a name matching this value. It contains additional information specific to the card wallet type. */
  type:
    | "amex_express_checkout"
    | "apple_pay"
    | "google_pay"
    | "link"
    | "masterpass"
    | "samsung_pay"
    | "visa_checkout";
  visa_checkout?: PaymentMethodCardWalletVisaCheckout;
};
