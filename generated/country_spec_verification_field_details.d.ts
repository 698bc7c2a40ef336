import type { SchemaModule } from "./runtime/schema.js";
import type { CountrySpecVerificationFieldDetails as Type } from "./types/country_spec_verification_field_details.js";

export type CountrySpecVerificationFieldDetails = Type;
export declare const CountrySpecVerificationFieldDetails: SchemaModule<Type>;
