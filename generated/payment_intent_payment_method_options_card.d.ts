import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsCard as Type } from "./types/payment_intent_payment_method_options_card.js";

export type PaymentIntentPaymentMethodOptionsCard = Type;
export declare const PaymentIntentPaymentMethodOptionsCard: SchemaModule<Type>;
