import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutIdealPaymentMethodOptions as self } from "./types/checkout_ideal_payment_method_options.js";

export type CheckoutIdealPaymentMethodOptions = self;
export declare const CheckoutIdealPaymentMethodOptions: SchemaModule<self>;
