import type { SchemaModule } from "./runtime/api.js";
import type { IssuingAuthorizationMerchantData as self } from "./types/issuing_authorization_merchant_data.js";

export type IssuingAuthorizationMerchantData = self;
export declare const IssuingAuthorizationMerchantData: SchemaModule<self>;
