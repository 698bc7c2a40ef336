import type { BalanceTransaction } from "./balance_transaction.js";
import type { CustomerCashBalanceTransaction } from "./customer_cash_balance_transaction.js";

/** @schema `customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft` */
export type CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft =
  {
    /**
     * The [Balance Transaction](docs/api/balance_transactions/object) that corresponds to funds taken out of your Stripe balance.
     *
     * @expandable An ID, or the object when the request expands this field
     */
    balance_transaction: string | BalanceTransaction;
    /**
     * The [Cash Balance Transaction](https://stripe.com/docs/api/cash_balance_transactions/object) that brought the customer balance negative, triggering the clawback of funds.
     *
     * @expandable An ID, or the object when the request expands this field
     */
    linked_transaction: string | CustomerCashBalanceTransaction;
  };
