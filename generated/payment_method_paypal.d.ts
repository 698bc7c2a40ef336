import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodPaypal as self } from "./types/payment_method_paypal.js";

export type PaymentMethodPaypal = self;
export declare const PaymentMethodPaypal: SchemaModule<self>;
