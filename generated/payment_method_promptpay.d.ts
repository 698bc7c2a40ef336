import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodPromptpay as Type } from "./types/payment_method_promptpay.js";

export type PaymentMethodPromptpay = Type;
export declare const PaymentMethodPromptpay: SchemaModule<Type>;
