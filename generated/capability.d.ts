import type { SchemaModule } from "./runtime/schema.js";
import type { Capability as Type } from "./types/capability.js";

export type Capability = Type;
export declare const Capability: SchemaModule<Type>;
