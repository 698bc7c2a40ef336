import type { SchemaModule } from "./runtime/schema.js";
import type { Capability as Type } from "./types/capability.js";

export type { Capability } from "./types/capability.js";
declare const schema: SchemaModule<Type>;
export { schema as Capability };
