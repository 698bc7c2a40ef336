import type { SchemaModule } from "./runtime/api.js";
import type { CountrySpec as self } from "./types/country_spec.js";

export type CountrySpec = self;
export declare const CountrySpec: SchemaModule<self>;
