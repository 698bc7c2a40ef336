import type { SchemaModule } from "./runtime/schema.js";
import type { PromotionCode as Type } from "./types/promotion_code.js";

export type PromotionCode = Type;
export declare const PromotionCode: SchemaModule<Type>;
