import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderCardIssuing as Type } from "./types/issuing_cardholder_card_issuing.js";

export type IssuingCardholderCardIssuing = Type;
export declare const IssuingCardholderCardIssuing: SchemaModule<Type>;
