import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceFromQuote as Type } from "./types/quotes_resource_from_quote.js";

export type QuotesResourceFromQuote = Type;
export declare const QuotesResourceFromQuote: SchemaModule<Type>;
