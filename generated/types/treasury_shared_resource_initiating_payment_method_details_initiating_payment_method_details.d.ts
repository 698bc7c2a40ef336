import type { ReceivedPaymentMethodDetailsFinancialAccount } from "./received_payment_method_details_financial_account.js";
import type { TreasurySharedResourceBillingDetails } from "./treasury_shared_resource_billing_details.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount } from "./treasury_shared_resource_initiating_payment_method_details_us_bank_account.js";

/** @schema `treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details` */
export type TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails =
  {
    /** Set when `type` is `balance`. */
    balance?: "payments";
    billing_details: TreasurySharedResourceBillingDetails;
    financial_account?: ReceivedPaymentMethodDetailsFinancialAccount;
    /**
     * Set when `type` is `issuing_card`. This is an [Issuing Card](https://stripe.com/docs/api#issuing_cards) ID.
     *
     * @maxLength 5000
     */
    issuing_card?: string;
    /** Polymorphic type matching the originating money movement's source. This can be an external account, a Stripe balance, or a FinancialAccount. */
    type:
      | "balance"
      | "financial_account"
      | "issuing_card"
      | "stripe"
      | "us_bank_account"
      | (string & {});
    us_bank_account?: TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount;
  };
