import type { SchemaModule } from "./runtime/schema.js";
import type { Refund as Type } from "./types/refund.js";

export type { Refund } from "./types/refund.js";
declare const schema: SchemaModule<Type>;
export { schema as Refund };
