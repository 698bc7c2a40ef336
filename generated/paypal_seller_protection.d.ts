import type { SchemaModule } from "./runtime/schema.js";
import type { PaypalSellerProtection as Type } from "./types/paypal_seller_protection.js";

export type PaypalSellerProtection = Type;
export declare const PaypalSellerProtection: SchemaModule<Type>;
