import type { PaymentFlowsPrivatePaymentMethodsKlarnaDob } from "./payment_flows_private_payment_methods_klarna_dob.js";

/** @schema `payment_method_klarna` */
export type PaymentMethodKlarna = {
  /** The customer's date of birth, if provided. */
  dob?: PaymentFlowsPrivatePaymentMethodsKlarnaDob | null;
};
