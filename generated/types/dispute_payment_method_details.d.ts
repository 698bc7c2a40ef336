import type { DisputePaymentMethodDetailsCard } from "./dispute_payment_method_details_card.js";

/** @schema `dispute_payment_method_details` */
export type DisputePaymentMethodDetails = {
  /** Card specific dispute details. */
  card?: DisputePaymentMethodDetailsCard | null;
  /** Payment method type. */
  type: "card";
};
