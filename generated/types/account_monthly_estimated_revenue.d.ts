/** @schema `account_monthly_estimated_revenue` */
export type AccountMonthlyEstimatedRevenue = {
  /** A non-negative integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
};
