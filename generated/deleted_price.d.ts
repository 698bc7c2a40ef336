import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedPrice as Type } from "./types/deleted_price.js";

export type DeletedPrice = Type;
export declare const DeletedPrice: SchemaModule<Type>;
