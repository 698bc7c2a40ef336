import type { Account } from "./account.js";
import type { ApiErrors } from "./api_errors.js";
import type { Application } from "./application.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { Mandate } from "./mandate.js";
import type { PaymentFlowsAutomaticPaymentMethodsSetupIntent } from "./payment_flows_automatic_payment_methods_setup_intent.js";
import type { PaymentMethod } from "./payment_method.js";
import type { SetupAttempt } from "./setup_attempt.js";
import type { SetupIntentNextAction } from "./setup_intent_next_action.js";
import type { SetupIntentPaymentMethodOptions } from "./setup_intent_payment_method_options.js";

/**
 * A SetupIntent guides you through the process of setting up and saving a customer's payment credentials for future payments.
 * For example, you could use a SetupIntent to set up and save your customer's card without immediately collecting a payment.
 * Later, you can use [PaymentIntents](https://stripe.com/docs/api#payment_intents) to drive the payment flow.
 *
 * Create a SetupIntent as soon as you're ready to collect your customer's payment credentials.
 * Do not maintain long-lived, unconfirmed SetupIntents as they may no longer be valid.
 * The SetupIntent then transitions through multiple [statuses](https://stripe.com/docs/payments/intents#intent-statuses) as it guides
 * you through the setup process.
 *
 * Successful SetupIntents result in payment credentials that are optimized for future payments.
 * For example, cardholders in [certain regions](/guides/strong-customer-authentication) may need to be run through
 * [Strong Customer Authentication](https://stripe.com/docs/strong-customer-authentication) at the time of payment method collection
 * in order to streamline later [off-session payments](https://stripe.com/docs/payments/setup-intents).
 * If the SetupIntent is used with a [Customer](https://stripe.com/docs/api#setup_intent_object-customer), upon success,
 * it will automatically attach the resulting payment method to that Customer.
 * We recommend using SetupIntents or [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage) on
 * PaymentIntents to save payment methods in order to prevent saving invalid or unoptimized payment methods.
 *
 * By using SetupIntents, you ensure that your customers experience the minimum set of required friction,
 * even as regulations change over time.
 *
 * Related guide: [Setup Intents API](https://stripe.com/docs/payments/setup-intents)
 *
 * @schema `setup_intent`
 */
export type SetupIntent = {
  /**
   * ID of the Connect application that created the SetupIntent.
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
  /** Settings for dynamic payment methods compatible with this Setup Intent */
  automatic_payment_methods?: PaymentFlowsAutomaticPaymentMethodsSetupIntent | null;
  /** Reason for cancellation of this SetupIntent, one of `abandoned`, `requested_by_customer`, or `duplicate`. */
  cancellation_reason?:
    "abandoned" | "duplicate" | "requested_by_customer" | null;
  /**
   * The client secret of this SetupIntent. Used for client-side retrieval using a publishable key.
   *
   * The client secret can be used to complete payment setup from your frontend. It should not be stored, logged, or exposed to anyone other than the customer. Make sure that you have TLS enabled on any page that includes the client secret.
   *
   * @maxLength 5000
   */
  client_secret?: string | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * ID of the Customer this SetupIntent belongs to, if one exists.
   *
   * If present, the SetupIntent's payment method will be attached to the Customer on successful setup. Payment methods attached to other Customers cannot be used with this SetupIntent.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | DeletedCustomer | null;
  /**
   * An arbitrary string attached to the object. Often useful for displaying to users.
   *
   * @maxLength 5000
   */
  description?: string | null;
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
  /** The error encountered in the previous SetupIntent confirmation. */
  last_setup_error?: ApiErrors | null;
  /**
   * The most recent SetupAttempt for this SetupIntent.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  latest_attempt?: string | SetupAttempt | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /**
   * ID of the multi use Mandate generated by the SetupIntent.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  mandate?: string | Mandate | null;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** If present, this property tells you what actions you need to take in order for your customer to continue payment setup. */
  next_action?: SetupIntentNextAction | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "setup_intent";
  /**
   * The account (if any) for which the setup is intended.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  on_behalf_of?: string | Account | null;
  /**
   * ID of the payment method used with this SetupIntent.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_method?: string | PaymentMethod | null;
  /** Payment-method-specific configuration for this SetupIntent. */
  payment_method_options?: SetupIntentPaymentMethodOptions | null;
  /** The list of payment method types (e.g. card) that this SetupIntent is allowed to set up. */
  payment_method_types: string[];
  /**
   * ID of the single_use Mandate generated by the SetupIntent.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  single_use_mandate?: string | Mandate | null;
  /** [Status](https://stripe.com/docs/payments/intents#intent-statuses) of this SetupIntent, one of `requires_payment_method`, `requires_confirmation`, `requires_action`, `processing`, `canceled`, or `succeeded`. */
  status:
    | "canceled"
    | "processing"
    | "requires_action"
    | "requires_confirmation"
    | "requires_payment_method"
    | "succeeded";
  /**
   * Indicates how the payment method is intended to be used in the future.
   *
   * Use `on_session` if you intend to only reuse the payment method when the customer is in your checkout flow. Use `off_session` if your customer may or may not be in your checkout flow. If not provided, this value defaults to `off_session`.
   *
   * @maxLength 5000
   */
  usage: string;
};
