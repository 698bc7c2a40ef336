import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsUsBankAccount as Type } from "./types/setup_intent_payment_method_options_us_bank_account.js";

export type { SetupIntentPaymentMethodOptionsUsBankAccount } from "./types/setup_intent_payment_method_options_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntentPaymentMethodOptionsUsBankAccount };
