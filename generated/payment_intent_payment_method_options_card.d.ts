import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsCard as self } from "./types/payment_intent_payment_method_options_card.js";

export type PaymentIntentPaymentMethodOptionsCard = self;
export declare const PaymentIntentPaymentMethodOptionsCard: SchemaModule<self>;
