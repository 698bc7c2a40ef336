import type { SchemaModule } from "./runtime/api.js";
import type { TaxId as self } from "./types/tax_id.js";

export type TaxId = self;
export declare const TaxId: SchemaModule<self>;
