import type { TreasuryTransaction } from "./treasury.transaction.js";

/** @schema `treasury_outbound_transfers_resource_returned_details` */
export type TreasuryOutboundTransfersResourceReturnedDetails = {
  /** Reason for the return. */
  code:
    | "account_closed"
    | "account_frozen"
    | "bank_account_restricted"
    | "bank_ownership_changed"
    | "declined"
    | "incorrect_account_holder_name"
    | "invalid_account_number"
    | "invalid_currency"
    | "no_account"
    | "other";
  /**
   * The Transaction associated with this object.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transaction: string | TreasuryTransaction;
};
