import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsCardMandateOptions as self } from "./types/setup_intent_payment_method_options_card_mandate_options.js";

export type SetupIntentPaymentMethodOptionsCardMandateOptions = self;
export declare const SetupIntentPaymentMethodOptionsCardMandateOptions: SchemaModule<self>;
