import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsLink as Type } from "./types/payment_intent_payment_method_options_link.js";

export type { PaymentIntentPaymentMethodOptionsLink } from "./types/payment_intent_payment_method_options_link.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentPaymentMethodOptionsLink };
