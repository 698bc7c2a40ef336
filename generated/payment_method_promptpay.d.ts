import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodPromptpay as self } from "./types/payment_method_promptpay.js";

export type PaymentMethodPromptpay = self;
export declare const PaymentMethodPromptpay: SchemaModule<self>;
