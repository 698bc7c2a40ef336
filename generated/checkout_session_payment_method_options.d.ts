import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutSessionPaymentMethodOptions as self } from "./types/checkout_session_payment_method_options.js";

export type CheckoutSessionPaymentMethodOptions = self;
export declare const CheckoutSessionPaymentMethodOptions: SchemaModule<self>;
