import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderIndividualDob as Type } from "./types/issuing_cardholder_individual_dob.js";

export type IssuingCardholderIndividualDob = Type;
export declare const IssuingCardholderIndividualDob: SchemaModule<Type>;
