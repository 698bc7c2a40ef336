import type { SchemaModule } from "./runtime/schema.js";
import type { CountrySpecVerificationFieldDetails as Type } from "./types/country_spec_verification_field_details.js";

export type { CountrySpecVerificationFieldDetails } from "./types/country_spec_verification_field_details.js";
declare const schema: SchemaModule<Type>;
export { schema as CountrySpecVerificationFieldDetails };
