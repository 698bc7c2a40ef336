import type { Quote } from "./quote.js";

/** @schema `quotes_resource_from_quote` */
export type QuotesResourceFromQuote = {
  /** Whether this quote is a revision of a different quote. */
  is_revision: boolean;
  /**
   * The quote that was cloned.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  quote: string | Quote;
};
