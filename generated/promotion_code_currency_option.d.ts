import type { SchemaModule } from "./runtime/schema.js";
import type { PromotionCodeCurrencyOption as Type } from "./types/promotion_code_currency_option.js";

export type PromotionCodeCurrencyOption = Type;
export declare const PromotionCodeCurrencyOption: SchemaModule<Type>;
