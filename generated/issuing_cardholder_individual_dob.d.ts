import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderIndividualDob as self } from "./types/issuing_cardholder_individual_dob.js";

export type IssuingCardholderIndividualDob = self;
export declare const IssuingCardholderIndividualDob: SchemaModule<self>;
