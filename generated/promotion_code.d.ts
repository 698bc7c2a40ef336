import type { SchemaModule } from "./runtime/api.js";
import type { PromotionCode as self } from "./types/promotion_code.js";

export type PromotionCode = self;
export declare const PromotionCode: SchemaModule<self>;
