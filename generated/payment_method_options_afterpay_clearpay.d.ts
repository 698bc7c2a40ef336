import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsAfterpayClearpay as Type } from "./types/payment_method_options_afterpay_clearpay.js";

export type { PaymentMethodOptionsAfterpayClearpay } from "./types/payment_method_options_afterpay_clearpay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsAfterpayClearpay };
