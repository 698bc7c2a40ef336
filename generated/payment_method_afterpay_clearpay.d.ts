import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodAfterpayClearpay as Type } from "./types/payment_method_afterpay_clearpay.js";

export type PaymentMethodAfterpayClearpay = Type;
export declare const PaymentMethodAfterpayClearpay: SchemaModule<Type>;
