import type { SchemaModule } from "./runtime/api.js";
import type { DeletedProduct as self } from "./types/deleted_product.js";

export type DeletedProduct = self;
export declare const DeletedProduct: SchemaModule<self>;
