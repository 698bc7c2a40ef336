import type { SchemaModule } from "./runtime/schema.js";
import type { CountrySpecVerificationFields as Type } from "./types/country_spec_verification_fields.js";

export type CountrySpecVerificationFields = Type;
export declare const CountrySpecVerificationFields: SchemaModule<Type>;
