import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationAmountDetails as Type } from "./types/issuing_authorization_amount_details.js";

export type IssuingAuthorizationAmountDetails = Type;
export declare const IssuingAuthorizationAmountDetails: SchemaModule<Type>;
