import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceRecurring as Type } from "./types/quotes_resource_recurring.js";

export type QuotesResourceRecurring = Type;
export declare const QuotesResourceRecurring: SchemaModule<Type>;
