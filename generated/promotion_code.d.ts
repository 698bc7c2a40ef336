import type { SchemaModule } from "./runtime/schema.js";
import type { PromotionCode as Type } from "./types/promotion_code.js";

export type { PromotionCode } from "./types/promotion_code.js";
declare const schema: SchemaModule<Type>;
export { schema as PromotionCode };
