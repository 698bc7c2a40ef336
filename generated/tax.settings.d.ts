import type { SchemaModule } from "./runtime/schema.js";
import type { TaxSettings as Type } from "./types/tax.settings.js";

export type TaxSettings = Type;
export declare const TaxSettings: SchemaModule<Type>;
