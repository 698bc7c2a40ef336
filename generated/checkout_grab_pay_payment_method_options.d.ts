import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutGrabPayPaymentMethodOptions as Type } from "./types/checkout_grab_pay_payment_method_options.js";

export type { CheckoutGrabPayPaymentMethodOptions } from "./types/checkout_grab_pay_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutGrabPayPaymentMethodOptions };
