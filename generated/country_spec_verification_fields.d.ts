import type { SchemaModule } from "./runtime/api.js";
import type { CountrySpecVerificationFields as self } from "./types/country_spec_verification_fields.js";

export type CountrySpecVerificationFields = self;
export declare const CountrySpecVerificationFields: SchemaModule<self>;
