import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction as Type } from "./types/customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction =
  Type;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction: SchemaModule<Type>;
