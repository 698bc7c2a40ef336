import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderAddress as self } from "./types/issuing_cardholder_address.js";

export type IssuingCardholderAddress = self;
export declare const IssuingCardholderAddress: SchemaModule<self>;
