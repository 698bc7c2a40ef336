import type { SchemaModule } from "./runtime/schema.js";
import type { TaxCode as Type } from "./types/tax_code.js";

export type TaxCode = Type;
export declare const TaxCode: SchemaModule<Type>;
