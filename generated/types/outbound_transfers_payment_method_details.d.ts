import type { OutboundTransfersPaymentMethodDetailsUsBankAccount } from "./outbound_transfers_payment_method_details_us_bank_account.js";
import type { TreasurySharedResourceBillingDetails } from "./treasury_shared_resource_billing_details.js";

/** @schema `outbound_transfers_payment_method_details` */
export type OutboundTransfersPaymentMethodDetails = {
  billing_details: TreasurySharedResourceBillingDetails;
  /** The type of the payment method used in the OutboundTransfer. */
  type: "us_bank_account" | (string & {});
  us_bank_account?: OutboundTransfersPaymentMethodDetailsUsBankAccount;
};
