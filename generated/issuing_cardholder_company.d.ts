import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderCompany as Type } from "./types/issuing_cardholder_company.js";

export type IssuingCardholderCompany = Type;
export declare const IssuingCardholderCompany: SchemaModule<Type>;
