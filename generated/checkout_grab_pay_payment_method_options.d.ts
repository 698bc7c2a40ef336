import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutGrabPayPaymentMethodOptions as self } from "./types/checkout_grab_pay_payment_method_options.js";

export type CheckoutGrabPayPaymentMethodOptions = self;
export declare const CheckoutGrabPayPaymentMethodOptions: SchemaModule<self>;
