import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodAfterpayClearpay as Type } from "./types/payment_method_afterpay_clearpay.js";

export type { PaymentMethodAfterpayClearpay } from "./types/payment_method_afterpay_clearpay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodAfterpayClearpay };
