import type { PaymentMethodDetailsKonbiniStore } from "./payment_method_details_konbini_store.js";

/** @schema `payment_method_details_konbini` */
export type PaymentMethodDetailsKonbini = {
  /** If the payment succeeded, this contains the details of the convenience store where the payment was completed. */
  store?: PaymentMethodDetailsKonbiniStore | null;
};
