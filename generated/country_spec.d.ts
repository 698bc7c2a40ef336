import type { SchemaModule } from "./runtime/schema.js";
import type { CountrySpec as Type } from "./types/country_spec.js";

export type CountrySpec = Type;
export declare const CountrySpec: SchemaModule<Type>;
