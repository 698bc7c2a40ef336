import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutGiropayPaymentMethodOptions as Type } from "./types/checkout_giropay_payment_method_options.js";

export type CheckoutGiropayPaymentMethodOptions = Type;
export declare const CheckoutGiropayPaymentMethodOptions: SchemaModule<Type>;
