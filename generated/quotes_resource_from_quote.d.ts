import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceFromQuote as Type } from "./types/quotes_resource_from_quote.js";

export type { QuotesResourceFromQuote } from "./types/quotes_resource_from_quote.js";
declare const schema: SchemaModule<Type>;
export { schema as QuotesResourceFromQuote };
