import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentTypeSpecificPaymentMethodOptionsClient as self } from "./types/payment_intent_type_specific_payment_method_options_client.js";

export type PaymentIntentTypeSpecificPaymentMethodOptionsClient = self;
export declare const PaymentIntentTypeSpecificPaymentMethodOptionsClient: SchemaModule<self>;
