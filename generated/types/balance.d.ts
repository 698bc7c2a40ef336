import type { BalanceAmount } from "./balance_amount.js";
import type { BalanceDetail } from "./balance_detail.js";

/**
 * This is an object representing your Stripe balance. You can retrieve it to see
 * the balance currently on your Stripe account.
 *
 * You can also retrieve the balance history, which contains a list of
 * [transactions](https://stripe.com/docs/reporting/balance-transaction-types) that contributed to the balance
 * (charges, payouts, and so forth).
 *
 * The available and pending amounts for each currency are broken down further by
 * payment source types.
 *
 * Related guide: [Understanding Connect account balances](https://stripe.com/docs/connect/account-balances)
 *
 * @schema `balance`
 */
export type Balance = {
  /** Available funds that you can transfer or pay out automatically by Stripe or explicitly through the [Transfers API](https://stripe.com/docs/api#transfers) or [Payouts API](https://stripe.com/docs/api#payouts). You can find the available balance for each currency and payment type in the `source_types` property. */
  available: BalanceAmount[];
  /** Funds held due to negative balances on connected Custom accounts. You can find the connect reserve balance for each currency and payment type in the `source_types` property. */
  connect_reserved?: BalanceAmount[];
  /** Funds that you can pay out using Instant Payouts. */
  instant_available?: BalanceAmount[];
  issuing?: BalanceDetail;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "balance";
  /** Funds that aren't available in the balance yet. You can find the pending balance for each currency and each payment type in the `source_types` property. */
  pending: BalanceAmount[];
};
