import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsPaypal as self } from "./types/setup_intent_payment_method_options_paypal.js";

export type SetupIntentPaymentMethodOptionsPaypal = self;
export declare const SetupIntentPaymentMethodOptionsPaypal: SchemaModule<self>;
