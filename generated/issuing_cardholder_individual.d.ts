import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderIndividual as Type } from "./types/issuing_cardholder_individual.js";

export type { IssuingCardholderIndividual } from "./types/issuing_cardholder_individual.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardholderIndividual };
