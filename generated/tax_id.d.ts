import type { SchemaModule } from "./runtime/schema.js";
import type { TaxId as Type } from "./types/tax_id.js";

export type TaxId = Type;
export declare const TaxId: SchemaModule<Type>;
