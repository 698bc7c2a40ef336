import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutPaynowPaymentMethodOptions as Type } from "./types/checkout_paynow_payment_method_options.js";

export type CheckoutPaynowPaymentMethodOptions = Type;
export declare const CheckoutPaynowPaymentMethodOptions: SchemaModule<Type>;
