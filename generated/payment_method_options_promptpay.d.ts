import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsPromptpay as self } from "./types/payment_method_options_promptpay.js";

export type PaymentMethodOptionsPromptpay = self;
export declare const PaymentMethodOptionsPromptpay: SchemaModule<self>;
