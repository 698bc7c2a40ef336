import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderIndividual as self } from "./types/issuing_cardholder_individual.js";

export type IssuingCardholderIndividual = self;
export declare const IssuingCardholderIndividual: SchemaModule<self>;
