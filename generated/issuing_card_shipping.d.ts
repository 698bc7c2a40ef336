import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardShipping as self } from "./types/issuing_card_shipping.js";

export type IssuingCardShipping = self;
export declare const IssuingCardShipping: SchemaModule<self>;
