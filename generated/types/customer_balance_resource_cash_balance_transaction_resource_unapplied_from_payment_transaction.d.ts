import type { PaymentIntent } from "./payment_intent.js";

/** @schema `customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction` */
export type CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction =
  {
    /**
     * The [Payment Intent](https://stripe.com/docs/api/payment_intents/object) that funds were unapplied from.
     *
     * @expandable An ID, or the object when the request expands this field
     */
    payment_intent: string | PaymentIntent;
  };
