import type { SchemaModule } from "./runtime/api.js";
import type { CountrySpecVerificationFieldDetails as self } from "./types/country_spec_verification_field_details.js";

export type CountrySpecVerificationFieldDetails = self;
export declare const CountrySpecVerificationFieldDetails: SchemaModule<self>;
