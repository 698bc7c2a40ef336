import type { Address } from "./address.js";

/** @schema `payment_method_details_card_wallet_masterpass` */
export type PaymentMethodDetailsCardWalletMasterpass = {
  /** Owner's verified billing address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated. */
  billing_address?: Address | null;
  /**
   * Owner's verified email. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /**
   * Owner's verified full name. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /** Owner's verified shipping address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated. */
  shipping_address?: Address | null;
};
