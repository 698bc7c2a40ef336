import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsPromptpay as Type } from "./types/payment_method_options_promptpay.js";

export type PaymentMethodOptionsPromptpay = Type;
export declare const PaymentMethodOptionsPromptpay: SchemaModule<Type>;
