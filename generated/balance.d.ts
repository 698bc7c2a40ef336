import type { SchemaModule } from "./runtime/schema.js";
import type { Balance as Type } from "./types/balance.js";

export type { Balance } from "./types/balance.js";
declare const schema: SchemaModule<Type>;
export { schema as Balance };
