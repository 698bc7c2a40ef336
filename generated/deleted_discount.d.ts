import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedDiscount as Type } from "./types/deleted_discount.js";

export type { DeletedDiscount } from "./types/deleted_discount.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedDiscount };
