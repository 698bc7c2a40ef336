import type { SchemaModule } from "./runtime/schema.js";
import type { EphemeralKey as Type } from "./types/ephemeral_key.js";

export type EphemeralKey = Type;
export declare const EphemeralKey: SchemaModule<Type>;
