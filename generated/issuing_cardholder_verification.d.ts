import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderVerification as Type } from "./types/issuing_cardholder_verification.js";

export type IssuingCardholderVerification = Type;
export declare const IssuingCardholderVerification: SchemaModule<Type>;
