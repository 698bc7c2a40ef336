import type { OutboundPaymentsPaymentMethodDetailsFinancialAccount } from "./outbound_payments_payment_method_details_financial_account.js";
import type { OutboundPaymentsPaymentMethodDetailsUsBankAccount } from "./outbound_payments_payment_method_details_us_bank_account.js";
import type { TreasurySharedResourceBillingDetails } from "./treasury_shared_resource_billing_details.js";

/** @schema `outbound_payments_payment_method_details` */
export type OutboundPaymentsPaymentMethodDetails = {
  billing_details: TreasurySharedResourceBillingDetails;
  financial_account?: OutboundPaymentsPaymentMethodDetailsFinancialAccount;
  /** The type of the payment method used in the OutboundPayment. */
  type: "financial_account" | "us_bank_account";
  us_bank_account?: OutboundPaymentsPaymentMethodDetailsUsBankAccount;
};
