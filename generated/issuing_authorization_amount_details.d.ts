import type { SchemaModule } from "./runtime/api.js";
import type { IssuingAuthorizationAmountDetails as self } from "./types/issuing_authorization_amount_details.js";

export type IssuingAuthorizationAmountDetails = self;
export declare const IssuingAuthorizationAmountDetails: SchemaModule<self>;
