import type { SchemaModule } from "./runtime/schema.js";
import type { SourceReceiverFlow as Type } from "./types/source_receiver_flow.js";

export type SourceReceiverFlow = Type;
export declare const SourceReceiverFlow: SchemaModule<Type>;
