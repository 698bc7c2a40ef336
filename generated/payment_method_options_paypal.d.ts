import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsPaypal as self } from "./types/payment_method_options_paypal.js";

export type PaymentMethodOptionsPaypal = self;
export declare const PaymentMethodOptionsPaypal: SchemaModule<self>;
