import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutEpsPaymentMethodOptions as self } from "./types/checkout_eps_payment_method_options.js";

export type CheckoutEpsPaymentMethodOptions = self;
export declare const CheckoutEpsPaymentMethodOptions: SchemaModule<self>;
