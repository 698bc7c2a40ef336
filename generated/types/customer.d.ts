import type { Address } from "./address.js";
import type { BankAccount } from "./bank_account.js";
import type { Card } from "./card.js";
import type { CashBalance } from "./cash_balance.js";
import type { CustomerTax } from "./customer_tax.js";
import type { Discount } from "./discount.js";
import type { InvoiceSettingCustomerSetting } from "./invoice_setting_customer_setting.js";
import type { Shipping } from "./shipping.js";
import type { Source } from "./source.js";
import type { Subscription } from "./subscription.js";
import type { TaxId } from "./tax_id.js";
import type { TestHelpersTestClock } from "./test_helpers.test_clock.js";

/**
 * This object represents a customer of your business. It lets you create recurring charges and track payments that belong to the same customer.
 *
 * Related guide: [Save a card during payment](https://stripe.com/docs/payments/save-during-payment)
 *
 * @schema `customer`
 */
export type Customer = {
  /** The customer's address. */
  address?: Address | null;
  /** Current balance, if any, being stored on the customer. If negative, the customer has credit to apply to their next invoice. If positive, the customer has an amount owed that will be added to their next invoice. The balance does not refer to any unpaid invoices; it solely takes into account amounts that have yet to be successfully applied to any invoice. This balance is only taken into account as invoices are finalized. */
  balance?: number;
  /** The current funds being held by Stripe on behalf of the customer. These funds can be applied towards payment intents with source "cash_balance". The settings[reconciliation_mode] field describes whether these funds are applied to such payment intents manually or automatically. */
  cash_balance?: CashBalance | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) the customer can be charged in for recurring billing purposes.
   *
   * @maxLength 5000
   */
  currency?: string | null;
  /**
   * ID of the default payment source for the customer.
   *
   * If you are using payment methods created via the PaymentMethods API, see the [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) field instead.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  default_source?: string | BankAccount | Card | Source | null;
  /**
   * When the customer's latest invoice is billed by charging automatically, `delinquent` is `true` if the invoice's latest charge failed. When the customer's latest invoice is billed by sending an invoice, `delinquent` is `true` if the invoice isn't paid by its due date.
   *
   * If an invoice is marked uncollectible by [dunning](https://stripe.com/docs/billing/automatic-collection), `delinquent` doesn't get reset to `false`.
   */
  delinquent?: boolean | null;
  /**
   * An arbitrary string attached to the object. Often useful for displaying to users.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** Describes the current discount active on the customer, if there is one. */
  discount?: Discount | null;
  /**
   * The customer's email address.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** The current multi-currency balances, if any, being stored on the customer. If positive in a currency, the customer has a credit to apply to their next invoice denominated in that currency. If negative, the customer has an amount owed that will be added to their next invoice denominated in that currency. These balances do not refer to any unpaid invoices. They solely track amounts that have yet to be successfully applied to any invoice. A balance in a particular currency is only applied to any invoice as an invoice in that currency is finalized. */
  invoice_credit_balance?: { [key: string]: number };
  /**
   * The prefix for the customer used to generate unique invoice numbers.
   *
   * @maxLength 5000
   */
  invoice_prefix?: string | null;
  invoice_settings?: InvoiceSettingCustomerSetting;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string };
  /**
   * The customer's full name or business name.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /** The suffix of the customer's next invoice number, e.g., 0001. */
  next_invoice_sequence?: number;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "customer";
  /**
   * The customer's phone number.
   *
   * @maxLength 5000
   */
  phone?: string | null;
  /** The customer's preferred locales (languages), ordered by preference. */
  preferred_locales?: string[] | null;
  /** Mailing and shipping address for the customer. Appears on invoices emailed to this customer. */
  shipping?: Shipping | null;
  /** The customer's payment sources, if any. */
  sources?: {
    /** Details about each object. */
    data: (BankAccount | Card | Source)[];
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
  /** The customer's current subscriptions, if any. */
  subscriptions?: {
    /** Details about each object. */
    data: Subscription[];
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
  tax?: CustomerTax;
  /** Describes the customer's tax exemption status. One of `none`, `exempt`, or `reverse`. When set to `reverse`, invoice and receipt PDFs include the text **"Reverse charge"**. */
  tax_exempt?: "exempt" | "none" | "reverse" | null;
  /** The customer's tax IDs. */
  tax_ids?: {
    /** Details about each object. */
    data: TaxId[];
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
   * ID of the test clock this customer belongs to.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  test_clock?: string | TestHelpersTestClock | null;
};
