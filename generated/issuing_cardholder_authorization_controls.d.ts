import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderAuthorizationControls as Type } from "./types/issuing_cardholder_authorization_controls.js";

export type { IssuingCardholderAuthorizationControls } from "./types/issuing_cardholder_authorization_controls.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardholderAuthorizationControls };
