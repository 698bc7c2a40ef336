import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsPaypal as self } from "./types/payment_method_details_paypal.js";

export type PaymentMethodDetailsPaypal = self;
export declare const PaymentMethodDetailsPaypal: SchemaModule<self>;
