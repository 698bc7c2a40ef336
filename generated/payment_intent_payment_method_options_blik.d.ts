import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsBlik as self } from "./types/payment_intent_payment_method_options_blik.js";

export type PaymentIntentPaymentMethodOptionsBlik = self;
export declare const PaymentIntentPaymentMethodOptionsBlik: SchemaModule<self>;
