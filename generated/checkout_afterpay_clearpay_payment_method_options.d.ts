import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutAfterpayClearpayPaymentMethodOptions as self } from "./types/checkout_afterpay_clearpay_payment_method_options.js";

export type CheckoutAfterpayClearpayPaymentMethodOptions = self;
export declare const CheckoutAfterpayClearpayPaymentMethodOptions: SchemaModule<self>;
