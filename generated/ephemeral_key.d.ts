import type { SchemaModule } from "./runtime/schema.js";
import type { EphemeralKey as Type } from "./types/ephemeral_key.js";

export type { EphemeralKey } from "./types/ephemeral_key.js";
declare const schema: SchemaModule<Type>;
export { schema as EphemeralKey };
