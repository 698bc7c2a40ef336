import type { SchemaModule } from "./runtime/api.js";
import type { PromotionCodeCurrencyOption as self } from "./types/promotion_code_currency_option.js";

export type PromotionCodeCurrencyOption = self;
export declare const PromotionCodeCurrencyOption: SchemaModule<self>;
