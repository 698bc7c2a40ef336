import type { SchemaModule } from "./runtime/schema.js";
import type { CountrySpecVerificationFields as Type } from "./types/country_spec_verification_fields.js";

export type { CountrySpecVerificationFields } from "./types/country_spec_verification_fields.js";
declare const schema: SchemaModule<Type>;
export { schema as CountrySpecVerificationFields };
