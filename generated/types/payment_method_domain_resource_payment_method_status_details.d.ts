/**
 * Contains additional details about the status of a payment method for a specific payment method domain.
 *
 * @schema `payment_method_domain_resource_payment_method_status_details`
 */
export type PaymentMethodDomainResourcePaymentMethodStatusDetails = {
  /**
   * The error message associated with the status of the payment method on the domain.
   *
   * @maxLength 5000
   */
  error_message: string;
};
