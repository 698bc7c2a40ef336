import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardApplePay as self } from "./types/issuing_card_apple_pay.js";

export type IssuingCardApplePay = self;
export declare const IssuingCardApplePay: SchemaModule<self>;
