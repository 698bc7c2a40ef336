import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardShippingCustoms as self } from "./types/issuing_card_shipping_customs.js";

export type IssuingCardShippingCustoms = self;
export declare const IssuingCardShippingCustoms: SchemaModule<self>;
