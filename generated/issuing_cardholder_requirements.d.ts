import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderRequirements as Type } from "./types/issuing_cardholder_requirements.js";

export type { IssuingCardholderRequirements } from "./types/issuing_cardholder_requirements.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardholderRequirements };
