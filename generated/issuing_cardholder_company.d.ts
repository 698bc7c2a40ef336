import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderCompany as self } from "./types/issuing_cardholder_company.js";

export type IssuingCardholderCompany = self;
export declare const IssuingCardholderCompany: SchemaModule<self>;
