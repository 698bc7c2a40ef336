import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceUpfront as self } from "./types/quotes_resource_upfront.js";

export type QuotesResourceUpfront = self;
export declare const QuotesResourceUpfront: SchemaModule<self>;
