import type { PaymentIntentNextActionKonbiniStores } from "./payment_intent_next_action_konbini_stores.js";

/** @schema `payment_intent_next_action_konbini` */
export type PaymentIntentNextActionKonbini = {
  /**
   * The timestamp at which the pending Konbini payment expires.
   *
   * @format unix-time
   */
  expires_at: number;
  /**
   * The URL for the Konbini payment instructions page, which allows customers to view and print a Konbini voucher.
   *
   * @maxLength 5000
   */
  hosted_voucher_url?: string | null;
  stores: PaymentIntentNextActionKonbiniStores;
};
