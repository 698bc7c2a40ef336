import type { Account } from "./account.js";
import type { Application } from "./application.js";
import type { BankAccount } from "./bank_account.js";
import type { CancellationDetails } from "./cancellation_details.js";
import type { Card } from "./card.js";
import type { Customer } from "./customer.js";
import type { DeletedApplication } from "./deleted_application.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { Discount } from "./discount.js";
import type { Invoice } from "./invoice.js";
import type { PaymentMethod } from "./payment_method.js";
import type { SetupIntent } from "./setup_intent.js";
import type { Source } from "./source.js";
import type { SubscriptionAutomaticTax } from "./subscription_automatic_tax.js";
import type { SubscriptionBillingThresholds } from "./subscription_billing_thresholds.js";
import type { SubscriptionItem } from "./subscription_item.js";
import type { SubscriptionPendingInvoiceItemInterval } from "./subscription_pending_invoice_item_interval.js";
import type { SubscriptionSchedule } from "./subscription_schedule.js";
import type { SubscriptionTransferData } from "./subscription_transfer_data.js";
import type { SubscriptionsResourcePauseCollection } from "./subscriptions_resource_pause_collection.js";
import type { SubscriptionsResourcePaymentSettings } from "./subscriptions_resource_payment_settings.js";
import type { SubscriptionsResourcePendingUpdate } from "./subscriptions_resource_pending_update.js";
import type { SubscriptionsTrialsResourceTrialSettings } from "./subscriptions_trials_resource_trial_settings.js";
import type { TaxRate } from "./tax_rate.js";
import type { TestHelpersTestClock } from "./test_helpers.test_clock.js";

/**
 * Subscriptions allow you to charge a customer on a recurring basis.
 *
 * Related guide: [Creating subscriptions](https://stripe.com/docs/billing/subscriptions/creating)
 *
 * @schema `subscription`
 */
export type Subscription = {
  /**
   * ID of the Connect Application that created the subscription.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application?: string | Application | DeletedApplication | null;
  /** A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total that will be transferred to the application owner's Stripe account. */
  application_fee_percent?: number | null;
  automatic_tax: SubscriptionAutomaticTax;
  /**
   * Determines the date of the first full invoice, and, for plans with `month` or `year` intervals, the day of the month for subsequent invoices. The timestamp is in UTC format.
   *
   * @format unix-time
   */
  billing_cycle_anchor: number;
  /** Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period */
  billing_thresholds?: SubscriptionBillingThresholds | null;
  /**
   * A date in the future at which the subscription will automatically get canceled
   *
   * @format unix-time
   */
  cancel_at?: number | null;
  /** If the subscription has been canceled with the `at_period_end` flag set to `true`, `cancel_at_period_end` on the subscription will be true. You can use this attribute to determine whether a subscription that has a status of active is scheduled to be canceled at the end of the current period. */
  cancel_at_period_end: boolean;
  /**
   * If the subscription has been canceled, the date of that cancellation. If the subscription was canceled with `cancel_at_period_end`, `canceled_at` will reflect the time of the most recent update request, not the end of the subscription period when the subscription is automatically moved to a canceled state.
   *
   * @format unix-time
   */
  canceled_at?: number | null;
  /** Details about why this subscription was cancelled */
  cancellation_details?: CancellationDetails | null;
  /** Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this subscription at the end of the cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`. */
  collection_method: "charge_automatically" | "send_invoice";
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * End of the current period that the subscription has been invoiced for. At the end of this period, a new invoice will be created.
   *
   * @format unix-time
   */
  current_period_end: number;
  /**
   * Start of the current period that the subscription has been invoiced for.
   *
   * @format unix-time
   */
  current_period_start: number;
  /**
   * ID of the customer who owns the subscription.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer: string | Customer | DeletedCustomer;
  /** Number of days a customer has to pay invoices generated by this subscription. This value will be `null` for subscriptions where `collection_method=charge_automatically`. */
  days_until_due?: number | null;
  /**
   * ID of the default payment method for the subscription. It must belong to the customer associated with the subscription. This takes precedence over `default_source`. If neither are set, invoices will use the customer's [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) or [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
   *
   * @expandable An ID, or the object when the request expands this field
   */
  default_payment_method?: string | PaymentMethod | null;
  /**
   * ID of the default payment source for the subscription. It must belong to the customer associated with the subscription and be in a chargeable state. If `default_payment_method` is also set, `default_payment_method` will take precedence. If neither are set, invoices will use the customer's [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) or [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
   *
   * @expandable An ID, or the object when the request expands this field
   */
  default_source?: string | BankAccount | Card | Source | null;
  /** The tax rates that will apply to any subscription item that does not have `tax_rates` set. Invoices created will have their `default_tax_rates` populated from the subscription. */
  default_tax_rates?: TaxRate[] | null;
  /**
   * The subscription's description, meant to be displayable to the customer. Use this field to optionally store an explanation of the subscription for rendering in Stripe surfaces.
   *
   * @maxLength 500
   */
  description?: string | null;
  /** Describes the current discount applied to this subscription, if there is one. When billing, a discount applied to a subscription overrides a discount applied on a customer-wide basis. */
  discount?: Discount | null;
  /**
   * If the subscription has ended, the date the subscription ended.
   *
   * @format unix-time
   */
  ended_at?: number | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** List of subscription items, each with an attached price. */
  items: {
    /** Details about each object. */
    data: SubscriptionItem[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     */
    url: string;
  };
  /**
   * The most recent invoice this subscription has generated.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  latest_invoice?: string | Invoice | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /**
   * Specifies the approximate timestamp on which any pending invoice items will be billed according to the schedule provided at `pending_invoice_item_interval`.
   *
   * @format unix-time
   */
  next_pending_invoice_item_invoice?: number | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "subscription";
  /**
   * The account (if any) the charge was made on behalf of for charges associated with this subscription. See the Connect documentation for details.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  on_behalf_of?: string | Account | null;
  /** If specified, payment collection for this subscription will be paused. */
  pause_collection?: SubscriptionsResourcePauseCollection | null;
  /** Payment settings passed on to invoices created by the subscription. */
  payment_settings?: SubscriptionsResourcePaymentSettings | null;
  /** Specifies an interval for how often to bill for any pending invoice items. It is analogous to calling [Create an invoice](https://stripe.com/docs/api#create_invoice) for the given subscription at the specified interval. */
  pending_invoice_item_interval?: SubscriptionPendingInvoiceItemInterval | null;
  /**
   * You can use this [SetupIntent](https://stripe.com/docs/api/setup_intents) to collect user authentication when creating a subscription without immediate payment or updating a subscription's payment method, allowing you to optimize for off-session payments. Learn more in the [SCA Migration Guide](https://stripe.com/docs/billing/migration/strong-customer-authentication#scenario-2).
   *
   * @expandable An ID, or the object when the request expands this field
   */
  pending_setup_intent?: string | SetupIntent | null;
  /** If specified, [pending updates](https://stripe.com/docs/billing/subscriptions/pending-updates) that will be applied to the subscription once the `latest_invoice` has been paid. */
  pending_update?: SubscriptionsResourcePendingUpdate | null;
  /**
   * The schedule attached to the subscription
   *
   * @expandable An ID, or the object when the request expands this field
   */
  schedule?: string | SubscriptionSchedule | null;
  /**
   * Date when the subscription was first created. The date might differ from the `created` date due to backdating.
   *
   * @format unix-time
   */
  start_date: number;
  /**
   * Possible values are `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, or `unpaid`.
   *
   * For `collection_method=charge_automatically` a subscription moves into `incomplete` if the initial payment attempt fails. A subscription in this state can only have metadata and default_source updated. Once the first invoice is paid, the subscription moves into an `active` state. If the first invoice is not paid within 23 hours, the subscription transitions to `incomplete_expired`. This is a terminal state, the open invoice will be voided and no further invoices will be generated.
   *
   * A subscription that is currently in a trial period is `trialing` and moves to `active` when the trial period is over.
   *
   * If subscription `collection_method=charge_automatically`, it becomes `past_due` when payment is required but cannot be paid (due to failed payment or awaiting additional user actions). Once Stripe has exhausted all payment retry attempts, the subscription will become `canceled` or `unpaid` (depending on your subscriptions settings).
   *
   * If subscription `collection_method=send_invoice` it becomes `past_due` when its invoice is not paid by the due date, and `canceled` or `unpaid` if it is still not paid by an additional deadline after that. Note that when a subscription has a status of `unpaid`, no subsequent invoices will be attempted (invoices will be created, but then immediately automatically closed). After receiving updated payment information from a customer, you may choose to reopen and pay their closed invoices.
   */
  status:
    | "active"
    | "canceled"
    | "incomplete"
    | "incomplete_expired"
    | "past_due"
    | "paused"
    | "trialing"
    | "unpaid";
  /**
   * ID of the test clock this subscription belongs to.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  test_clock?: string | TestHelpersTestClock | null;
  /** The account (if any) the subscription's payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the subscription's invoices. */
  transfer_data?: SubscriptionTransferData | null;
  /**
   * If the subscription has a trial, the end of that trial.
   *
   * @format unix-time
   */
  trial_end?: number | null;
  /** Settings related to subscription trials. */
  trial_settings?: SubscriptionsTrialsResourceTrialSettings | null;
  /**
   * If the subscription has a trial, the beginning of that trial.
   *
   * @format unix-time
   */
  trial_start?: number | null;
};
