import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceRecurring as self } from "./types/quotes_resource_recurring.js";

export type QuotesResourceRecurring = self;
export declare const QuotesResourceRecurring: SchemaModule<self>;
