import type { SchemaModule } from "./runtime/api.js";
import type { TaxIdVerification as self } from "./types/tax_id_verification.js";

export type TaxIdVerification = self;
export declare const TaxIdVerification: SchemaModule<self>;
