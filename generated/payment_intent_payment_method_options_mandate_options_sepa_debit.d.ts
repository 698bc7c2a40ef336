import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit as Type } from "./types/payment_intent_payment_method_options_mandate_options_sepa_debit.js";

export type { PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit } from "./types/payment_intent_payment_method_options_mandate_options_sepa_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit };
