import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptions as Type } from "./types/payment_intent_payment_method_options.js";

export type { PaymentIntentPaymentMethodOptions } from "./types/payment_intent_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentPaymentMethodOptions };
