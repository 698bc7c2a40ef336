import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodAfterpayClearpay as self } from "./types/payment_method_afterpay_clearpay.js";

export type PaymentMethodAfterpayClearpay = self;
export declare const PaymentMethodAfterpayClearpay: SchemaModule<self>;
