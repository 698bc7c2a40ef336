import type { SchemaModule } from "./runtime/schema.js";
import type { PaypalSellerProtection as Type } from "./types/paypal_seller_protection.js";

export type { PaypalSellerProtection } from "./types/paypal_seller_protection.js";
declare const schema: SchemaModule<Type>;
export { schema as PaypalSellerProtection };
