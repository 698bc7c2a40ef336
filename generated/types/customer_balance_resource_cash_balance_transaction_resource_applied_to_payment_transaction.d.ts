import type { PaymentIntent } from "./payment_intent.js";

/** @schema `customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction` */
export type CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction =
  {
    /**
     * The [Payment Intent](https://stripe.com/docs/api/payment_intents/object) that funds were applied to.
     *
     * @expandable An ID, or the object when the request expands this field
     */
    payment_intent: string | PaymentIntent;
  };
