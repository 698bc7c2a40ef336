import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceTotalDetails as Type } from "./types/quotes_resource_total_details.js";

export type { QuotesResourceTotalDetails } from "./types/quotes_resource_total_details.js";
declare const schema: SchemaModule<Type>;
export { schema as QuotesResourceTotalDetails };
