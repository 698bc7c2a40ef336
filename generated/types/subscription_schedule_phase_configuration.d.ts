import type { Account } from "./account.js";
import type { Coupon } from "./coupon.js";
import type { DeletedCoupon } from "./deleted_coupon.js";
import type { InvoiceSettingSubscriptionSchedulePhaseSetting } from "./invoice_setting_subscription_schedule_phase_setting.js";
import type { PaymentMethod } from "./payment_method.js";
import type { SchedulesPhaseAutomaticTax } from "./schedules_phase_automatic_tax.js";
import type { SubscriptionBillingThresholds } from "./subscription_billing_thresholds.js";
import type { SubscriptionScheduleAddInvoiceItem } from "./subscription_schedule_add_invoice_item.js";
import type { SubscriptionScheduleConfigurationItem } from "./subscription_schedule_configuration_item.js";
import type { SubscriptionTransferData } from "./subscription_transfer_data.js";
import type { TaxRate } from "./tax_rate.js";

/**
 * A phase describes the plans, coupon, and trialing status of a subscription for a predefined time period.
 *
 * @schema `subscription_schedule_phase_configuration`
 */
export type SubscriptionSchedulePhaseConfiguration = {
  /** A list of prices and quantities that will generate invoice items appended to the next invoice for this phase. */
  add_invoice_items: SubscriptionScheduleAddInvoiceItem[];
  /** A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total that will be transferred to the application owner's Stripe account during this phase of the schedule. */
  application_fee_percent?: number | null;
  automatic_tax?: SchedulesPhaseAutomaticTax;
  /** Possible values are `phase_start` or `automatic`. If `phase_start` then billing cycle anchor of the subscription is set to the start of the phase when entering the phase. If `automatic` then the billing cycle anchor is automatically modified as needed when entering the phase. For more information, see the billing cycle [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle). */
  billing_cycle_anchor?: "automatic" | "phase_start" | null;
  /** Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period */
  billing_thresholds?: SubscriptionBillingThresholds | null;
  /** Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay the underlying subscription at the end of each billing cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`. */
  collection_method?: "charge_automatically" | "send_invoice" | null;
  /**
   * ID of the coupon to use during this phase of the subscription schedule.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  coupon?: string | Coupon | DeletedCoupon | null;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * ID of the default payment method for the subscription schedule. It must belong to the customer associated with the subscription schedule. If not set, invoices will use the default payment method in the customer's invoice settings.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  default_payment_method?: string | PaymentMethod | null;
  /** The default tax rates to apply to the subscription during this phase of the subscription schedule. */
  default_tax_rates?: TaxRate[] | null;
  /**
   * Subscription description, meant to be displayable to the customer. Use this field to optionally store an explanation of the subscription.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /**
   * The end of this phase of the subscription schedule.
   *
   * @format unix-time
   */
  end_date: number;
  /** The invoice settings applicable during this phase. */
  invoice_settings?: InvoiceSettingSubscriptionSchedulePhaseSetting | null;
  /** Subscription items to configure the subscription to during this phase of the subscription schedule. */
  items: SubscriptionScheduleConfigurationItem[];
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to a phase. Metadata on a schedule's phase will update the underlying subscription's `metadata` when the phase is entered. Updating the underlying subscription's `metadata` directly will not affect the current phase's `metadata`. */
  metadata?: { [key: string]: string } | null;
  /**
   * The account (if any) the charge was made on behalf of for charges associated with the schedule's subscription. See the Connect documentation for details.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  on_behalf_of?: string | Account | null;
  /** If the subscription schedule will prorate when transitioning to this phase. Possible values are `create_prorations` and `none`. */
  proration_behavior: "always_invoice" | "create_prorations" | "none";
  /**
   * The start of this phase of the subscription schedule.
   *
   * @format unix-time
   */
  start_date: number;
  /** The account (if any) the associated subscription's payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the subscription's invoices. */
  transfer_data?: SubscriptionTransferData | null;
  /**
   * When the trial ends within the phase.
   *
   * @format unix-time
   */
  trial_end?: number | null;
};
