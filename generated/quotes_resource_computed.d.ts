import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceComputed as Type } from "./types/quotes_resource_computed.js";

export type QuotesResourceComputed = Type;
export declare const QuotesResourceComputed: SchemaModule<Type>;
