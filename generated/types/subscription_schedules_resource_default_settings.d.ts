import type { Account } from "./account.js";
import type { InvoiceSettingSubscriptionScheduleSetting } from "./invoice_setting_subscription_schedule_setting.js";
import type { PaymentMethod } from "./payment_method.js";
import type { SubscriptionBillingThresholds } from "./subscription_billing_thresholds.js";
import type { SubscriptionSchedulesResourceDefaultSettingsAutomaticTax } from "./subscription_schedules_resource_default_settings_automatic_tax.js";
import type { SubscriptionTransferData } from "./subscription_transfer_data.js";

/** @schema `subscription_schedules_resource_default_settings` */
export type SubscriptionSchedulesResourceDefaultSettings = {
  /** A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total that will be transferred to the application owner's Stripe account during this phase of the schedule. */
  application_fee_percent?: number | null;
  automatic_tax?: SubscriptionSchedulesResourceDefaultSettingsAutomaticTax;
  /** Possible values are `phase_start` or `automatic`. If `phase_start` then billing cycle anchor of the subscription is set to the start of the phase when entering the phase. If `automatic` then the billing cycle anchor is automatically modified as needed when entering the phase. For more information, see the billing cycle [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle). */
  billing_cycle_anchor: "automatic" | "phase_start";
  /** Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period */
  billing_thresholds?: SubscriptionBillingThresholds | null;
  /** Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay the underlying subscription at the end of each billing cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`. */
  collection_method?: "charge_automatically" | "send_invoice" | null;
  /**
   * ID of the default payment method for the subscription schedule. If not set, invoices will use the default payment method in the customer's invoice settings.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  default_payment_method?: string | PaymentMethod | null;
  /**
   * Subscription description, meant to be displayable to the customer. Use this field to optionally store an explanation of the subscription.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** The subscription schedule's default invoice settings. */
  invoice_settings?: InvoiceSettingSubscriptionScheduleSetting | null;
  /**
   * The account (if any) the charge was made on behalf of for charges associated with the schedule's subscription. See the Connect documentation for details.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  on_behalf_of?: string | Account | null;
  /** The account (if any) the associated subscription's payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the subscription's invoices. */
  transfer_data?: SubscriptionTransferData | null;
};
