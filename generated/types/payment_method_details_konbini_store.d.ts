/** @schema `payment_method_details_konbini_store` */
export type PaymentMethodDetailsKonbiniStore = {
  /** The name of the convenience store chain where the payment was completed. */
  chain?: "familymart" | "lawson" | "ministop" | "seicomart" | null;
};
