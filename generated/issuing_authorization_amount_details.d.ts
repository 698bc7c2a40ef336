import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationAmountDetails as Type } from "./types/issuing_authorization_amount_details.js";

export type { IssuingAuthorizationAmountDetails } from "./types/issuing_authorization_amount_details.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingAuthorizationAmountDetails };
