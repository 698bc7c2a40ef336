import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderAddress as Type } from "./types/issuing_cardholder_address.js";

export type IssuingCardholderAddress = Type;
export declare const IssuingCardholderAddress: SchemaModule<Type>;
