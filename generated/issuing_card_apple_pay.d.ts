import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardApplePay as Type } from "./types/issuing_card_apple_pay.js";

export type IssuingCardApplePay = Type;
export declare const IssuingCardApplePay: SchemaModule<Type>;
