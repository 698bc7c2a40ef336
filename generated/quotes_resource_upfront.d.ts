import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceUpfront as Type } from "./types/quotes_resource_upfront.js";

export type QuotesResourceUpfront = Type;
export declare const QuotesResourceUpfront: SchemaModule<Type>;
