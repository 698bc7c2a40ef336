/** @schema `treasury_inbound_transfers_resource_failure_details` */
export type TreasuryInboundTransfersResourceFailureDetails = {
  /** Reason for the failure. */
  code:
    | "account_closed"
    | "account_frozen"
    | "bank_account_restricted"
    | "bank_ownership_changed"
    | "debit_not_authorized"
    | "incorrect_account_holder_address"
    | "incorrect_account_holder_name"
    | "incorrect_account_holder_tax_id"
    | "insufficient_funds"
    | "invalid_account_number"
    | "invalid_currency"
    | "no_account"
    | "other";
};
