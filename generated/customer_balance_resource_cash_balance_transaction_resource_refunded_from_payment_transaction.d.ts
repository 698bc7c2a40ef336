import type { SchemaModule } from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction: SchemaModule<self>;
