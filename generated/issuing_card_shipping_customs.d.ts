import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardShippingCustoms as Type } from "./types/issuing_card_shipping_customs.js";

export type IssuingCardShippingCustoms = Type;
export declare const IssuingCardShippingCustoms: SchemaModule<Type>;
