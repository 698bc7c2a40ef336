import type { Customer } from "./customer.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft } from "./customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction } from "./customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction } from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction } from "./customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction } from "./customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction.js";

/**
 * Customers with certain payments enabled have a cash balance, representing funds that were paid
 * by the customer to a merchant, but have not yet been allocated to a payment. Cash Balance Transactions
 * represent when funds are moved into or out of this balance. This includes funding by the customer, allocation
 * to payments, and refunds to the customer.
 *
 * @schema `customer_cash_balance_transaction`
 */
export type CustomerCashBalanceTransaction = {
  adjusted_for_overdraft?: CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft;
  applied_to_payment?: CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   *
   * @maxLength 5000
   */
  currency: string;
  /**
   * The customer whose available cash balance changed as a result of this transaction.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer: string | Customer;
  /** The total available cash balance for the specified currency after this transaction was applied. Represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). */
  ending_balance: number;
  funded?: CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** The amount by which the cash balance changed, represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). A positive value represents funds being added to the cash balance, a negative value represents funds being removed from the cash balance. */
  net_amount: number;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "customer_cash_balance_transaction";
  refunded_from_payment?: CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction;
  /** The type of the cash balance transaction. New types may be added in future. See [Customer Balance](https://stripe.com/docs/payments/customer-balance#types) to learn more about these types. */
  type:
    | "adjusted_for_overdraft"
    | "applied_to_payment"
    | "funded"
    | "funding_reversed"
    | "refunded_from_payment"
    | "return_canceled"
    | "return_initiated"
    | "unapplied_from_payment";
  unapplied_from_payment?: CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction;
};
