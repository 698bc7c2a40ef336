import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsUsBankAccount as Type } from "./types/setup_intent_payment_method_options_us_bank_account.js";

export type SetupIntentPaymentMethodOptionsUsBankAccount = Type;
export declare const SetupIntentPaymentMethodOptionsUsBankAccount: SchemaModule<Type>;
