import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoVerifiedOutputs as Type } from "./types/gelato_verified_outputs.js";

export type GelatoVerifiedOutputs = Type;
export declare const GelatoVerifiedOutputs: SchemaModule<Type>;
