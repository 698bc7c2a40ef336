import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderIndividual as Type } from "./types/issuing_cardholder_individual.js";

export type IssuingCardholderIndividual = Type;
export declare const IssuingCardholderIndividual: SchemaModule<Type>;
