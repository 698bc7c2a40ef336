import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoVerifiedOutputs as Type } from "./types/gelato_verified_outputs.js";

export type { GelatoVerifiedOutputs } from "./types/gelato_verified_outputs.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoVerifiedOutputs };
