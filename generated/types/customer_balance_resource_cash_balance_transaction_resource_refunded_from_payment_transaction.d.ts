import type { Refund } from "./refund.js";

/** @schema `customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction` */
export type CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction =
  {
    /**
     * The [Refund](https://stripe.com/docs/api/refunds/object) that moved these funds into the customer's cash balance.
     *
     * @expandable An ID, or the object when the request expands this field
     */
    refund: string | Refund;
  };
