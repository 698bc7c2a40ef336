import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationMerchantData as Type } from "./types/issuing_authorization_merchant_data.js";

export type { IssuingAuthorizationMerchantData } from "./types/issuing_authorization_merchant_data.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingAuthorizationMerchantData };
