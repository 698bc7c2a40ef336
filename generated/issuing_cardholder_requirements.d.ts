import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderRequirements as Type } from "./types/issuing_cardholder_requirements.js";

export type IssuingCardholderRequirements = Type;
export declare const IssuingCardholderRequirements: SchemaModule<Type>;
