import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutAfterpayClearpayPaymentMethodOptions as Type } from "./types/checkout_afterpay_clearpay_payment_method_options.js";

export type { CheckoutAfterpayClearpayPaymentMethodOptions } from "./types/checkout_afterpay_clearpay_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutAfterpayClearpayPaymentMethodOptions };
