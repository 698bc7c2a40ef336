import type { SchemaModule } from "./runtime/schema.js";
import type { PlatformTaxFee as Type } from "./types/platform_tax_fee.js";

export type PlatformTaxFee = Type;
export declare const PlatformTaxFee: SchemaModule<Type>;
