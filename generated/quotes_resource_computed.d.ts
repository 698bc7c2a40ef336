import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceComputed as self } from "./types/quotes_resource_computed.js";

export type QuotesResourceComputed = self;
export declare const QuotesResourceComputed: SchemaModule<self>;
