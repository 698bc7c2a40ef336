import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutPixPaymentMethodOptions as self } from "./types/checkout_pix_payment_method_options.js";

export type CheckoutPixPaymentMethodOptions = self;
export declare const CheckoutPixPaymentMethodOptions: SchemaModule<self>;
