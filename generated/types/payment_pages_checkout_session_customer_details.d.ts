import type { Address } from "./address.js";
import type { PaymentPagesCheckoutSessionTaxId } from "./payment_pages_checkout_session_tax_id.js";

/** @schema `payment_pages_checkout_session_customer_details` */
export type PaymentPagesCheckoutSessionCustomerDetails = {
  /** The customer's address after a completed Checkout Session. Note: This property is populated only for sessions on or after March 30, 2022. */
  address?: Address | null;
  /**
   * The email associated with the Customer, if one exists, on the Checkout Session after a completed Checkout Session or at time of session expiry.
   * Otherwise, if the customer has consented to promotional content, this value is the most recent valid email provided by the customer on the Checkout form.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /**
   * The customer's name after a completed Checkout Session. Note: This property is populated only for sessions on or after March 30, 2022.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /**
   * The customer's phone number after a completed Checkout Session.
   *
   * @maxLength 5000
   */
  phone?: string | null;
  /** The customer’s tax exempt status after a completed Checkout Session. */
  tax_exempt?: "exempt" | "none" | "reverse" | null;
  /** The customer’s tax IDs after a completed Checkout Session. */
  tax_ids?: PaymentPagesCheckoutSessionTaxId[] | null;
};
