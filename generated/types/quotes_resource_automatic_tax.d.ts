/** @schema `quotes_resource_automatic_tax` */
export type QuotesResourceAutomaticTax = {
  /** Automatically calculate taxes */
  enabled: boolean;
  /** The status of the most recent automated tax calculation for this quote. */
  status?: "complete" | "failed" | "requires_location_inputs" | null;
};
