import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsCard as self } from "./types/setup_intent_payment_method_options_card.js";

export type SetupIntentPaymentMethodOptionsCard = self;
export declare const SetupIntentPaymentMethodOptionsCard: SchemaModule<self>;
