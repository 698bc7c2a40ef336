import type { SchemaModule } from "./runtime/schema.js";
import type { TaxIdVerification as Type } from "./types/tax_id_verification.js";

export type TaxIdVerification = Type;
export declare const TaxIdVerification: SchemaModule<Type>;
