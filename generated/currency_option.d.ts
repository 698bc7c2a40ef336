import type { SchemaModule } from "./runtime/api.js";
import type { CurrencyOption as self } from "./types/currency_option.js";

export type CurrencyOption = self;
export declare const CurrencyOption: SchemaModule<self>;
