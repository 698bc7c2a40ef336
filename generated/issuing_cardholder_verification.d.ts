import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderVerification as self } from "./types/issuing_cardholder_verification.js";

export type IssuingCardholderVerification = self;
export declare const IssuingCardholderVerification: SchemaModule<self>;
