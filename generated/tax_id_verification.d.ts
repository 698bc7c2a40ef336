import type { SchemaModule } from "./runtime/schema.js";
import type { TaxIdVerification as Type } from "./types/tax_id_verification.js";

export type { TaxIdVerification } from "./types/tax_id_verification.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxIdVerification };
