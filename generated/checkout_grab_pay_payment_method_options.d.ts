import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutGrabPayPaymentMethodOptions as Type } from "./types/checkout_grab_pay_payment_method_options.js";

export type CheckoutGrabPayPaymentMethodOptions = Type;
export declare const CheckoutGrabPayPaymentMethodOptions: SchemaModule<Type>;
