import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationMerchantData as Type } from "./types/issuing_authorization_merchant_data.js";

export type IssuingAuthorizationMerchantData = Type;
export declare const IssuingAuthorizationMerchantData: SchemaModule<Type>;
