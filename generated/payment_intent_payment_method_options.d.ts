import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptions as Type } from "./types/payment_intent_payment_method_options.js";

export type PaymentIntentPaymentMethodOptions = Type;
export declare const PaymentIntentPaymentMethodOptions: SchemaModule<Type>;
