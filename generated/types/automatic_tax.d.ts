/** @schema `automatic_tax` */
export type AutomaticTax = {
  /** Whether Stripe automatically computes tax on this invoice. Note that incompatible invoice items (invoice items with manually specified [tax rates](https://stripe.com/docs/api/tax_rates), negative amounts, or `tax_behavior=unspecified`) cannot be added to automatic tax invoices. */
  enabled: boolean;
  /** The status of the most recent automated tax calculation for this invoice. */
  status?: "complete" | "failed" | "requires_location_inputs" | null;
};
