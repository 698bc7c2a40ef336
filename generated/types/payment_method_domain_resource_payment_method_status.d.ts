import type { PaymentMethodDomainResourcePaymentMethodStatusDetails } from "./payment_method_domain_resource_payment_method_status_details.js";

/**
 * Indicates the status of a specific payment method on a payment method domain.
 *
 * @schema `payment_method_domain_resource_payment_method_status`
 */
export type PaymentMethodDomainResourcePaymentMethodStatus = {
  /** The status of the payment method on the domain. */
  status: "active" | "inactive";
  status_details?: PaymentMethodDomainResourcePaymentMethodStatusDetails;
};
