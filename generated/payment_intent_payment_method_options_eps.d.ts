import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsEps as Type } from "./types/payment_intent_payment_method_options_eps.js";

export type { PaymentIntentPaymentMethodOptionsEps } from "./types/payment_intent_payment_method_options_eps.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentPaymentMethodOptionsEps };
