import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsLink as Type } from "./types/payment_intent_payment_method_options_link.js";

export type PaymentIntentPaymentMethodOptionsLink = Type;
export declare const PaymentIntentPaymentMethodOptionsLink: SchemaModule<Type>;
