import type { SchemaModule } from "./runtime/schema.js";
import type { Topup as Type } from "./types/topup.js";

export type { Topup } from "./types/topup.js";
declare const schema: SchemaModule<Type>;
export { schema as Topup };
