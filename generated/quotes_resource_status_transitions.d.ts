import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceStatusTransitions as self } from "./types/quotes_resource_status_transitions.js";

export type QuotesResourceStatusTransitions = self;
export declare const QuotesResourceStatusTransitions: SchemaModule<self>;
