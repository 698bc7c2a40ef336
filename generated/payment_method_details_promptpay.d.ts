import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsPromptpay as self } from "./types/payment_method_details_promptpay.js";

export type PaymentMethodDetailsPromptpay = self;
export declare const PaymentMethodDetailsPromptpay: SchemaModule<self>;
