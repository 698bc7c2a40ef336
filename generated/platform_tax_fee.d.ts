import type { SchemaModule } from "./runtime/schema.js";
import type { PlatformTaxFee as Type } from "./types/platform_tax_fee.js";

export type { PlatformTaxFee } from "./types/platform_tax_fee.js";
declare const schema: SchemaModule<Type>;
export { schema as PlatformTaxFee };
