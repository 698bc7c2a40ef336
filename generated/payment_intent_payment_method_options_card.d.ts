import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsCard as Type } from "./types/payment_intent_payment_method_options_card.js";

export type { PaymentIntentPaymentMethodOptionsCard } from "./types/payment_intent_payment_method_options_card.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentPaymentMethodOptionsCard };
