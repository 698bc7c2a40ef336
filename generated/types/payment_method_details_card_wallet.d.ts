import type { PaymentMethodDetailsCardWalletAmexExpressCheckout } from "./payment_method_details_card_wallet_amex_express_checkout.js";
import type { PaymentMethodDetailsCardWalletApplePay } from "./payment_method_details_card_wallet_apple_pay.js";
import type { PaymentMethodDetailsCardWalletGooglePay } from "./payment_method_details_card_wallet_google_pay.js";
import type { PaymentMethodDetailsCardWalletLink } from "./payment_method_details_card_wallet_link.js";
import type { PaymentMethodDetailsCardWalletMasterpass } from "./payment_method_details_card_wallet_masterpass.js";
import type { PaymentMethodDetailsCardWalletSamsungPay } from "./payment_method_details_card_wallet_samsung_pay.js";
import type { PaymentMethodDetailsCardWalletVisaCheckout } from "./payment_method_details_card_wallet_visa_checkout.js";

/** @schema `payment_method_details_card_wallet` */
export type PaymentMethodDetailsCardWallet = {
  amex_express_checkout?: PaymentMethodDetailsCardWalletAmexExpressCheckout;
  apple_pay?: PaymentMethodDetailsCardWalletApplePay;
  /**
   * (For tokenized numbers only.) The last four digits of the device account number.
   *
   * @maxLength 5000
   */
  dynamic_last4?: string | null;
  google_pay?: PaymentMethodDetailsCardWalletGooglePay;
  link?: PaymentMethodDetailsCardWalletLink;
  masterpass?: PaymentMethodDetailsCardWalletMasterpass;
  samsung_pay?: PaymentMethodDetailsCardWalletSamsungPay;
  /** The type of the card wallet, one of `amex_express_checkout`, `apple_pay`, `google_pay`, `masterpass`, `samsung_pay`, `visa_checkout`, or `link`. An additional hash is included on the Wallet subhash with a name matching this value. It contains additional information specific to the card wallet type. */
  type:
    | "amex_express_checkout"
    | "apple_pay"
    | "google_pay"
    | "link"
    | "masterpass"
    | "samsung_pay"
    | "visa_checkout";
  visa_checkout?: PaymentMethodDetailsCardWalletVisaCheckout;
};
