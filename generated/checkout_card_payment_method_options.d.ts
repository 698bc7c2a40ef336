import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutCardPaymentMethodOptions as Type } from "./types/checkout_card_payment_method_options.js";

export type CheckoutCardPaymentMethodOptions = Type;
export declare const CheckoutCardPaymentMethodOptions: SchemaModule<Type>;
