import type { SchemaModule } from "./runtime/api.js";
import type { DeletedTaxId as self } from "./types/deleted_tax_id.js";

export type DeletedTaxId = self;
export declare const DeletedTaxId: SchemaModule<self>;
