import type { SchemaModule } from "./runtime/api.js";
import type { SourceReceiverFlow as self } from "./types/source_receiver_flow.js";

export type SourceReceiverFlow = self;
export declare const SourceReceiverFlow: SchemaModule<self>;
