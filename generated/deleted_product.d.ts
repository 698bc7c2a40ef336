import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedProduct as Type } from "./types/deleted_product.js";

export type DeletedProduct = Type;
export declare const DeletedProduct: SchemaModule<Type>;
