import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsEps as Type } from "./types/payment_intent_payment_method_options_eps.js";

export type PaymentIntentPaymentMethodOptionsEps = Type;
export declare const PaymentIntentPaymentMethodOptionsEps: SchemaModule<Type>;
