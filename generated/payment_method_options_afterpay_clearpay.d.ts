import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsAfterpayClearpay as Type } from "./types/payment_method_options_afterpay_clearpay.js";

export type PaymentMethodOptionsAfterpayClearpay = Type;
export declare const PaymentMethodOptionsAfterpayClearpay: SchemaModule<Type>;
