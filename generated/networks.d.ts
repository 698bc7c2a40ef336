import type { SchemaModule } from "./runtime/schema.js";
import type { Networks as Type } from "./types/networks.js";

export type { Networks } from "./types/networks.js";
declare const schema: SchemaModule<Type>;
export { schema as Networks };
