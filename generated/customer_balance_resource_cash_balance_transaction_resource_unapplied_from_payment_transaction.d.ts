import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction as Type } from "./types/customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction =
  Type;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction: SchemaModule<Type>;
