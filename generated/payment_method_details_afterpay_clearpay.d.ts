import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAfterpayClearpay as Type } from "./types/payment_method_details_afterpay_clearpay.js";

export type PaymentMethodDetailsAfterpayClearpay = Type;
export declare const PaymentMethodDetailsAfterpayClearpay: SchemaModule<Type>;
