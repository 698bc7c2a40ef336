import type { SchemaModule } from "./runtime/schema.js";
import type { PromotionCodeCurrencyOption as Type } from "./types/promotion_code_currency_option.js";

export type { PromotionCodeCurrencyOption } from "./types/promotion_code_currency_option.js";
declare const schema: SchemaModule<Type>;
export { schema as PromotionCodeCurrencyOption };
