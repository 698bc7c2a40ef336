import type { SchemaModule } from "./runtime/api.js";
import type { DeletedPrice as self } from "./types/deleted_price.js";

export type DeletedPrice = self;
export declare const DeletedPrice: SchemaModule<self>;
