import type { IssuingAuthorization } from "./issuing.authorization.js";
import type { TreasuryCreditReversal } from "./treasury.credit_reversal.js";
import type { TreasuryDebitReversal } from "./treasury.debit_reversal.js";
import type { TreasuryInboundTransfer } from "./treasury.inbound_transfer.js";
import type { TreasuryOutboundPayment } from "./treasury.outbound_payment.js";
import type { TreasuryOutboundTransfer } from "./treasury.outbound_transfer.js";
import type { TreasuryReceivedCredit } from "./treasury.received_credit.js";
import type { TreasuryReceivedDebit } from "./treasury.received_debit.js";

/** @schema `treasury_transactions_resource_flow_details` */
export type TreasuryTransactionsResourceFlowDetails = {
  credit_reversal?: TreasuryCreditReversal;
  debit_reversal?: TreasuryDebitReversal;
  inbound_transfer?: TreasuryInboundTransfer;
  issuing_authorization?: IssuingAuthorization;
  outbound_payment?: TreasuryOutboundPayment;
  outbound_transfer?: TreasuryOutboundTransfer;
  received_credit?: TreasuryReceivedCredit;
  received_debit?: TreasuryReceivedDebit;
  /** Type of the flow that created the Transaction. Set to the same value as `flow_type`. */
  type:
    | "credit_reversal"
    | "debit_reversal"
    | "inbound_transfer"
    | "issuing_authorization"
    | "other"
    | "outbound_payment"
    | "outbound_transfer"
    | "received_credit"
    | "received_debit";
};
