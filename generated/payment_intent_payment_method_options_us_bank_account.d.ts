import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsUsBankAccount as Type } from "./types/payment_intent_payment_method_options_us_bank_account.js";

export type { PaymentIntentPaymentMethodOptionsUsBankAccount } from "./types/payment_intent_payment_method_options_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentPaymentMethodOptionsUsBankAccount };
