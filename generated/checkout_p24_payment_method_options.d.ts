import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutP24PaymentMethodOptions as self } from "./types/checkout_p24_payment_method_options.js";

export type CheckoutP24PaymentMethodOptions = self;
export declare const CheckoutP24PaymentMethodOptions: SchemaModule<self>;
