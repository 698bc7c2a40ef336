import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsLink as self } from "./types/payment_intent_payment_method_options_link.js";

export type PaymentIntentPaymentMethodOptionsLink = self;
export declare const PaymentIntentPaymentMethodOptionsLink: SchemaModule<self>;
