import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceTotalDetails as Type } from "./types/quotes_resource_total_details.js";

export type QuotesResourceTotalDetails = Type;
export declare const QuotesResourceTotalDetails: SchemaModule<Type>;
