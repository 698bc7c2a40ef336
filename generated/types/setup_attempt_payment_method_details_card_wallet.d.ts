import type { PaymentMethodDetailsCardWalletApplePay } from "./payment_method_details_card_wallet_apple_pay.js";
import type { PaymentMethodDetailsCardWalletGooglePay } from "./payment_method_details_card_wallet_google_pay.js";

/** @schema `setup_attempt_payment_method_details_card_wallet` */
export type SetupAttemptPaymentMethodDetailsCardWallet = {
  apple_pay?: PaymentMethodDetailsCardWalletApplePay;
  google_pay?: PaymentMethodDetailsCardWalletGooglePay;
  /** The type of the card wallet, one of `apple_pay`, `google_pay`, or `link`. An additional hash is included on the Wallet subhash with a name matching this value. It contains additional information specific to the card wallet type. */
  type: "apple_pay" | "google_pay" | "link";
};
