import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentTypeSpecificPaymentMethodOptionsClient as Type } from "./types/payment_intent_type_specific_payment_method_options_client.js";

export type PaymentIntentTypeSpecificPaymentMethodOptionsClient = Type;
export declare const PaymentIntentTypeSpecificPaymentMethodOptionsClient: SchemaModule<Type>;
