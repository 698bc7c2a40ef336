import type { Account } from "./account.js";
import type { ApiErrors } from "./api_errors.js";
import type { Application } from "./application.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { PaymentMethod } from "./payment_method.js";
import type { SetupAttemptPaymentMethodDetails } from "./setup_attempt_payment_method_details.js";
import type { SetupIntent } from "./setup_intent.js";

/**
 * A SetupAttempt describes one attempted confirmation of a SetupIntent,
 * whether that confirmation was successful or unsuccessful. You can use
 * SetupAttempts to inspect details of a specific attempt at setting up a
 * payment method using a SetupIntent.
 *
 * @schema `setup_attempt`
 */
export type SetupAttempt = {
  /**
   * The value of [application](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-application) on the SetupIntent at the time of this confirmation.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application?: string | Application | null;
  /**
   * If present, the SetupIntent's payment method will be attached to the in-context Stripe Account.
   *
   * It can only be used for this Stripe Account’s own money movement flows like InboundTransfer and OutboundTransfers. It cannot be set to true when setting up a PaymentMethod for a Customer, and defaults to false when attaching a PaymentMethod to a Customer.
   */
  attach_to_self?: boolean;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The value of [customer](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-customer) on the SetupIntent at the time of this confirmation.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | DeletedCustomer | null;
  /**
   * Indicates the directions of money movement for which this payment method is intended to be used.
   *
   * Include `inbound` if you intend to use the payment method as the origin to pull funds from. Include `outbound` if you intend to use the payment method as the destination to send funds to. You can include both if you intend to use the payment method for both purposes.
   */
  flow_directions?: ("inbound" | "outbound")[] | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "setup_attempt";
  /**
   * The value of [on_behalf_of](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-on_behalf_of) on the SetupIntent at the time of this confirmation.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  on_behalf_of?: string | Account | null;
  /**
   * ID of the payment method used with this SetupAttempt.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_method: string | PaymentMethod;
  payment_method_details: SetupAttemptPaymentMethodDetails;
  /** The error encountered during this attempt to confirm the SetupIntent, if any. */
  setup_error?: ApiErrors | null;
  /**
   * ID of the SetupIntent that this attempt belongs to.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  setup_intent: string | SetupIntent;
  /**
   * Status of this SetupAttempt, one of `requires_confirmation`, `requires_action`, `processing`, `succeeded`, `failed`, or `abandoned`.
   *
   * @maxLength 5000
   */
  status: string;
  /**
   * The value of [usage](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-usage) on the SetupIntent at the time of this confirmation, one of `off_session` or `on_session`.
   *
   * @maxLength 5000
   */
  usage: string;
};
