import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsPromptpay as Type } from "./types/payment_method_details_promptpay.js";

export type PaymentMethodDetailsPromptpay = Type;
export declare const PaymentMethodDetailsPromptpay: SchemaModule<Type>;
