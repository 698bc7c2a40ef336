import type { FundingInstructionsBankTransferFinancialAddress } from "./funding_instructions_bank_transfer_financial_address.js";

/** @schema `payment_intent_next_action_display_bank_transfer_instructions` */
export type PaymentIntentNextActionDisplayBankTransferInstructions = {
  /** The remaining amount that needs to be transferred to complete the payment. */
  amount_remaining?: number | null;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency?: string | null;
  /** A list of financial addresses that can be used to fund the customer balance */
  financial_addresses?: FundingInstructionsBankTransferFinancialAddress[];
  /**
   * A link to a hosted page that guides your customer through completing the transfer.
   *
   * @maxLength 5000
   */
  hosted_instructions_url?: string | null;
  /**
   * A string identifying this payment. Instruct your customer to include this code in the reference or memo field of their bank transfer.
   *
   * @maxLength 5000
   */
  reference?: string | null;
  /** Type of bank transfer */
  type:
    | "eu_bank_transfer"
    | "gb_bank_transfer"
    | "jp_bank_transfer"
    | "mx_bank_transfer"
    | "us_bank_transfer"
    | (string & {});
};
