import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceFromQuote as self } from "./types/quotes_resource_from_quote.js";

export type QuotesResourceFromQuote = self;
export declare const QuotesResourceFromQuote: SchemaModule<self>;
