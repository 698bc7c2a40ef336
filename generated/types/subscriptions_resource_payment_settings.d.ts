import type { SubscriptionsResourcePaymentMethodOptions } from "./subscriptions_resource_payment_method_options.js";

/** @schema `subscriptions_resource_payment_settings` */
export type SubscriptionsResourcePaymentSettings = {
  /** Payment-method-specific configuration to provide to invoices created by the subscription. */
  payment_method_options?: SubscriptionsResourcePaymentMethodOptions | null;
  /** The list of payment method types to provide to every invoice created by the subscription. If not set, Stripe attempts to automatically determine the types to use by looking at the invoice’s default payment method, the subscription’s default payment method, the customer’s default payment method, and your [invoice template settings](https://dashboard.stripe.com/settings/billing/invoice). */
  payment_method_types?:
    | (
        | "ach_credit_transfer"
        | "ach_debit"
        | "acss_debit"
        | "au_becs_debit"
        | "bacs_debit"
        | "bancontact"
        | "boleto"
        | "card"
        | "cashapp"
        | "customer_balance"
        | "fpx"
        | "giropay"
        | "grabpay"
        | "ideal"
        | "konbini"
        | "link"
        | "paynow"
        | "paypal"
        | "promptpay"
        | "sepa_debit"
        | "sofort"
        | "us_bank_account"
        | "wechat_pay"
        | (string & {})
      )[]
    | null;
  /** Either `off`, or `on_subscription`. With `on_subscription` Stripe updates `subscription.default_payment_method` when a subscription payment succeeds. */
  save_default_payment_method?: "off" | "on_subscription" | null;
};
