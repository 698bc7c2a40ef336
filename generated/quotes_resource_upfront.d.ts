import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceUpfront as self } from "./types/quotes_resource_upfront.js";

export type QuotesResourceUpfront = self;
export declare const QuotesResourceUpfront: SchemaModule<self>;
