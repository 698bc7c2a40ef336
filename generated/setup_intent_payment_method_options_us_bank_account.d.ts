import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsUsBankAccount as self } from "./types/setup_intent_payment_method_options_us_bank_account.js";

export type SetupIntentPaymentMethodOptionsUsBankAccount = self;
export declare const SetupIntentPaymentMethodOptionsUsBankAccount: SchemaModule<self>;
