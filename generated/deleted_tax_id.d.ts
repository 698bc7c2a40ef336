import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTaxId as Type } from "./types/deleted_tax_id.js";

export type DeletedTaxId = Type;
export declare const DeletedTaxId: SchemaModule<Type>;
