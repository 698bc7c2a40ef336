import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction as Type } from "./types/customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction.js";

export type { CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction } from "./types/customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction.js";
declare const schema: SchemaModule<Type>;
export { schema as CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction };
