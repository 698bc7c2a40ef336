import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderRequirements as self } from "./types/issuing_cardholder_requirements.js";

export type IssuingCardholderRequirements = self;
export declare const IssuingCardholderRequirements: SchemaModule<self>;
