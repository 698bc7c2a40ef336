import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutAfterpayClearpayPaymentMethodOptions as Type } from "./types/checkout_afterpay_clearpay_payment_method_options.js";

export type CheckoutAfterpayClearpayPaymentMethodOptions = Type;
export declare const CheckoutAfterpayClearpayPaymentMethodOptions: SchemaModule<Type>;
