import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceTotalDetailsResourceBreakdown as self } from "./types/quotes_resource_total_details_resource_breakdown.js";

export type QuotesResourceTotalDetailsResourceBreakdown = self;
export declare const QuotesResourceTotalDetailsResourceBreakdown: SchemaModule<self>;
