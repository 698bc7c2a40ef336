import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedDiscount as Type } from "./types/deleted_discount.js";

export type DeletedDiscount = Type;
export declare const DeletedDiscount: SchemaModule<Type>;
