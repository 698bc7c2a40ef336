import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentTypeSpecificPaymentMethodOptionsClient as self } from "./types/setup_intent_type_specific_payment_method_options_client.js";

export type SetupIntentTypeSpecificPaymentMethodOptionsClient = self;
export declare const SetupIntentTypeSpecificPaymentMethodOptionsClient: SchemaModule<self>;
