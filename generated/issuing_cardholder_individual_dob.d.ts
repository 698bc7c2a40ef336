import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderIndividualDob as Type } from "./types/issuing_cardholder_individual_dob.js";

export type { IssuingCardholderIndividualDob } from "./types/issuing_cardholder_individual_dob.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardholderIndividualDob };
