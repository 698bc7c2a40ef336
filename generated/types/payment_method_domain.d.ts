import type { PaymentMethodDomainResourcePaymentMethodStatus } from "./payment_method_domain_resource_payment_method_status.js";

/**
 * A payment method domain represents a web domain that you have registered with Stripe.
 * Stripe Elements use registered payment method domains to control where certain payment methods are shown.
 *
 * Related guides: [Payment method domains](https://stripe.com/docs/payments/payment-methods/pmd-registration).
 *
 * @schema `payment_method_domain`
 */
export type PaymentMethodDomain = {
  apple_pay: PaymentMethodDomainResourcePaymentMethodStatus;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The domain name that this payment method domain object represents.
   *
   * @maxLength 5000
   */
  domain_name: string;
  /** Whether this payment method domain is enabled. If the domain is not enabled, payment methods that require a payment method domain will not appear in Elements. */
  enabled: boolean;
  google_pay: PaymentMethodDomainResourcePaymentMethodStatus;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  link: PaymentMethodDomainResourcePaymentMethodStatus;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "payment_method_domain";
  paypal: PaymentMethodDomainResourcePaymentMethodStatus;
};
