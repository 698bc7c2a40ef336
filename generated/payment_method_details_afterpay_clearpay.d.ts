import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAfterpayClearpay as Type } from "./types/payment_method_details_afterpay_clearpay.js";

export type { PaymentMethodDetailsAfterpayClearpay } from "./types/payment_method_details_afterpay_clearpay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsAfterpayClearpay };
