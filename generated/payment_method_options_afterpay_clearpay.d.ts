import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsAfterpayClearpay as self } from "./types/payment_method_options_afterpay_clearpay.js";

export type PaymentMethodOptionsAfterpayClearpay = self;
export declare const PaymentMethodOptionsAfterpayClearpay: SchemaModule<self>;
