import type { CustomerAcceptance } from "./customer_acceptance.js";
import type { MandateMultiUse } from "./mandate_multi_use.js";
import type { MandatePaymentMethodDetails } from "./mandate_payment_method_details.js";
import type { MandateSingleUse } from "./mandate_single_use.js";
import type { PaymentMethod } from "./payment_method.js";

/**
 * A Mandate is a record of the permission a customer has given you to debit their payment method.
 *
 * @schema `mandate`
 */
export type Mandate = {
  customer_acceptance: CustomerAcceptance;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  multi_use?: MandateMultiUse;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "mandate";
  /**
   * The account (if any) for which the mandate is intended.
   *
   * @maxLength 5000
   */
  on_behalf_of?: string;
  /**
   * ID of the payment method associated with this mandate.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_method: string | PaymentMethod;
  payment_method_details: MandatePaymentMethodDetails;
  single_use?: MandateSingleUse;
  /** The status of the mandate, which indicates whether it can be used to initiate a payment. */
  status: "active" | "inactive" | "pending";
  /** The type of the mandate. */
  type: "multi_use" | "single_use";
};
