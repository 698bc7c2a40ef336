import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptions as self } from "./types/payment_intent_payment_method_options.js";

export type PaymentIntentPaymentMethodOptions = self;
export declare const PaymentIntentPaymentMethodOptions: SchemaModule<self>;
