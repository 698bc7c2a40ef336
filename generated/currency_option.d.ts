import type { SchemaModule } from "./runtime/schema.js";
import type { CurrencyOption as Type } from "./types/currency_option.js";

export type CurrencyOption = Type;
export declare const CurrencyOption: SchemaModule<Type>;
