import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardShipping as Type } from "./types/issuing_card_shipping.js";

export type IssuingCardShipping = Type;
export declare const IssuingCardShipping: SchemaModule<Type>;
