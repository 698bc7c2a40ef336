import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderVerification as Type } from "./types/issuing_cardholder_verification.js";

export type { IssuingCardholderVerification } from "./types/issuing_cardholder_verification.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardholderVerification };
