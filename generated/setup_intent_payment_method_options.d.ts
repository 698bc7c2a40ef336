import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptions as self } from "./types/setup_intent_payment_method_options.js";

export type SetupIntentPaymentMethodOptions = self;
export declare const SetupIntentPaymentMethodOptions: SchemaModule<self>;
