import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutCardPaymentMethodOptions as self } from "./types/checkout_card_payment_method_options.js";

export type CheckoutCardPaymentMethodOptions = self;
export declare const CheckoutCardPaymentMethodOptions: SchemaModule<self>;
