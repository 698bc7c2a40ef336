import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceTotalDetailsResourceBreakdown as Type } from "./types/quotes_resource_total_details_resource_breakdown.js";

export type QuotesResourceTotalDetailsResourceBreakdown = Type;
export declare const QuotesResourceTotalDetailsResourceBreakdown: SchemaModule<Type>;
