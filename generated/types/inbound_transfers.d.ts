import type { InboundTransfersPaymentMethodDetailsUsBankAccount } from "./inbound_transfers_payment_method_details_us_bank_account.js";
import type { TreasurySharedResourceBillingDetails } from "./treasury_shared_resource_billing_details.js";

/** @schema `inbound_transfers` */
export type InboundTransfers = {
  billing_details: TreasurySharedResourceBillingDetails;
  /** The type of the payment method used in the InboundTransfer. */
  type: "us_bank_account" | (string & {});
  us_bank_account?: InboundTransfersPaymentMethodDetailsUsBankAccount;
};
