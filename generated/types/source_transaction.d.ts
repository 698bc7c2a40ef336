import type { SourceTransactionAchCreditTransferData } from "./source_transaction_ach_credit_transfer_data.js";
import type { SourceTransactionChfCreditTransferData } from "./source_transaction_chf_credit_transfer_data.js";
import type { SourceTransactionGbpCreditTransferData } from "./source_transaction_gbp_credit_transfer_data.js";
import type { SourceTransactionPaperCheckData } from "./source_transaction_paper_check_data.js";
import type { SourceTransactionSepaCreditTransferData } from "./source_transaction_sepa_credit_transfer_data.js";

/**
 * Some payment methods have no required amount that a customer must send.
 * Customers can be instructed to send any amount, and it can be made up of
 * multiple transactions. As such, sources can have multiple associated
 * transactions.
 *
 * @schema `source_transaction`
 */
export type SourceTransaction = {
  ach_credit_transfer?: SourceTransactionAchCreditTransferData;
  /** A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the amount your customer has pushed to the receiver. */
  amount: number;
  chf_credit_transfer?: SourceTransactionChfCreditTransferData;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  gbp_credit_transfer?: SourceTransactionGbpCreditTransferData;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "source_transaction";
  paper_check?: SourceTransactionPaperCheckData;
  sepa_credit_transfer?: SourceTransactionSepaCreditTransferData;
  /**
   * The ID of the source this transaction is attached to.
   *
   * @maxLength 5000
   */
  source: string;
  /**
   * The status of the transaction, one of `succeeded`, `pending`, or `failed`.
   *
   * @maxLength 5000
   */
  status: string;
  /** The type of source this transaction is attached to. */
  type:
    | "ach_credit_transfer"
    | "ach_debit"
    | "alipay"
    | "bancontact"
    | "card"
    | "card_present"
    | "eps"
    | "giropay"
    | "ideal"
    | "klarna"
    | "multibanco"
    | "p24"
    | "sepa_debit"
    | "sofort"
    | "three_d_secure"
    | "wechat";
};
