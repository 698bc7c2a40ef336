import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsBlik as Type } from "./types/payment_intent_payment_method_options_blik.js";

export type PaymentIntentPaymentMethodOptionsBlik = Type;
export declare const PaymentIntentPaymentMethodOptionsBlik: SchemaModule<Type>;
