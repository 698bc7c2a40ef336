import type { SchemaModule } from "./runtime/schema.js";
import type { Mandate as Type } from "./types/mandate.js";

export type { Mandate } from "./types/mandate.js";
declare const schema: SchemaModule<Type>;
export { schema as Mandate };
