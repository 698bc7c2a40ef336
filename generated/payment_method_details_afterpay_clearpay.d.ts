import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsAfterpayClearpay as self } from "./types/payment_method_details_afterpay_clearpay.js";

export type PaymentMethodDetailsAfterpayClearpay = self;
export declare const PaymentMethodDetailsAfterpayClearpay: SchemaModule<self>;
