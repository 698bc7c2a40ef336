import type { SchemaModule } from "./runtime/api.js";
import type { PlatformTaxFee as self } from "./types/platform_tax_fee.js";

export type PlatformTaxFee = self;
export declare const PlatformTaxFee: SchemaModule<self>;
