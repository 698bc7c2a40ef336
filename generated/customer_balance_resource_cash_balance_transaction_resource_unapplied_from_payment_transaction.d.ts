import type { SchemaModule } from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction: SchemaModule<self>;
