import type { SchemaModule } from "./runtime/api.js";
import type { TaxSettings as self } from "./types/tax.settings.js";

export type TaxSettings = self;
export declare const TaxSettings: SchemaModule<self>;
