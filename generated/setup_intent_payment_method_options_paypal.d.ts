import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsPaypal as Type } from "./types/setup_intent_payment_method_options_paypal.js";

export type SetupIntentPaymentMethodOptionsPaypal = Type;
export declare const SetupIntentPaymentMethodOptionsPaypal: SchemaModule<Type>;
