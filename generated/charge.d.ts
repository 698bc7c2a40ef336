import type { SchemaModule } from "./runtime/schema.js";
import type { Charge as Type } from "./types/charge.js";

export type { Charge } from "./types/charge.js";
declare const schema: SchemaModule<Type>;
export { schema as Charge };
