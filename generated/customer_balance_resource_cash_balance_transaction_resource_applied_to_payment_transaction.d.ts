import type { SchemaModule } from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction: SchemaModule<self>;
