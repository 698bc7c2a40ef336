import type { SchemaModule } from "./runtime/schema.js";
import type { CountrySpec as Type } from "./types/country_spec.js";

export type { CountrySpec } from "./types/country_spec.js";
declare const schema: SchemaModule<Type>;
export { schema as CountrySpec };
