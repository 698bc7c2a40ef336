import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsEps as self } from "./types/payment_intent_payment_method_options_eps.js";

export type PaymentIntentPaymentMethodOptionsEps = self;
export declare const PaymentIntentPaymentMethodOptionsEps: SchemaModule<self>;
