import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderAddress as Type } from "./types/issuing_cardholder_address.js";

export type { IssuingCardholderAddress } from "./types/issuing_cardholder_address.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardholderAddress };
