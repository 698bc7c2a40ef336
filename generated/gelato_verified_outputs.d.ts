import type { SchemaModule } from "./runtime/api.js";
import type { GelatoVerifiedOutputs as self } from "./types/gelato_verified_outputs.js";

export type GelatoVerifiedOutputs = self;
export declare const GelatoVerifiedOutputs: SchemaModule<self>;
