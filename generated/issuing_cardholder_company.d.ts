import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderCompany as Type } from "./types/issuing_cardholder_company.js";

export type { IssuingCardholderCompany } from "./types/issuing_cardholder_company.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardholderCompany };
