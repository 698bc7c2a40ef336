import type { SchemaModule } from "./runtime/schema.js";
import type { PromotionCodesResourceRestrictions as self } from "./types/promotion_codes_resource_restrictions.js";

export type PromotionCodesResourceRestrictions = self;
export declare const PromotionCodesResourceRestrictions: SchemaModule<self>;
