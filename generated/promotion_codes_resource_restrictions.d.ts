import type { SchemaModule } from "./runtime/api.js";
import type { PromotionCodesResourceRestrictions as self } from "./types/promotion_codes_resource_restrictions.js";

export type PromotionCodesResourceRestrictions = self;
export declare const PromotionCodesResourceRestrictions: SchemaModule<self>;
