/** @schema `dispute_payment_method_details_card` */
export type DisputePaymentMethodDetailsCard = {
  /**
   * Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
   *
   * @maxLength 5000
   */
  brand: string;
  /**
   * The card network's specific dispute reason code, which maps to one of Stripe's primary dispute categories to simplify response guidance. The [Network code map](https://stripe.com/docs/disputes/categories#network-code-map) lists all available dispute reason codes by network.
   *
   * @maxLength 5000
   */
  network_reason_code?: string | null;
};
