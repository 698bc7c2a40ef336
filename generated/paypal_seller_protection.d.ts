import type { SchemaModule } from "./runtime/api.js";
import type { PaypalSellerProtection as self } from "./types/paypal_seller_protection.js";

export type PaypalSellerProtection = self;
export declare const PaypalSellerProtection: SchemaModule<self>;
