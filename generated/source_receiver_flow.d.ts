import type { SchemaModule } from "./runtime/schema.js";
import type { SourceReceiverFlow as Type } from "./types/source_receiver_flow.js";

export type { SourceReceiverFlow } from "./types/source_receiver_flow.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceReceiverFlow };
