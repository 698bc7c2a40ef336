import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceTotalDetails as self } from "./types/quotes_resource_total_details.js";

export type QuotesResourceTotalDetails = self;
export declare const QuotesResourceTotalDetails: SchemaModule<self>;
