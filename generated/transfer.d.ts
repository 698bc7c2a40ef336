import type { SchemaModule } from "./runtime/schema.js";
import type { Transfer as Type } from "./types/transfer.js";

export type { Transfer } from "./types/transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as Transfer };
