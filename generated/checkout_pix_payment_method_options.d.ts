import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutPixPaymentMethodOptions as Type } from "./types/checkout_pix_payment_method_options.js";

export type CheckoutPixPaymentMethodOptions = Type;
export declare const CheckoutPixPaymentMethodOptions: SchemaModule<Type>;
