import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderCardIssuing as self } from "./types/issuing_cardholder_card_issuing.js";

export type IssuingCardholderCardIssuing = self;
export declare const IssuingCardholderCardIssuing: SchemaModule<self>;
