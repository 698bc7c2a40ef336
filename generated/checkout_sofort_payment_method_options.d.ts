import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutSofortPaymentMethodOptions as self } from "./types/checkout_sofort_payment_method_options.js";

export type CheckoutSofortPaymentMethodOptions = self;
export declare const CheckoutSofortPaymentMethodOptions: SchemaModule<self>;
