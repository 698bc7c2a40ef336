import type { SchemaModule } from "./runtime/api.js";
import type { DeletedDiscount as self } from "./types/deleted_discount.js";

export type DeletedDiscount = self;
export declare const DeletedDiscount: SchemaModule<self>;
