import type { SchemaModule } from "./runtime/schema.js";
import type { PromotionCodesResourceRestrictions as Type } from "./types/promotion_codes_resource_restrictions.js";

export type PromotionCodesResourceRestrictions = Type;
export declare const PromotionCodesResourceRestrictions: SchemaModule<Type>;
