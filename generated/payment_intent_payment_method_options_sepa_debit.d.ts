import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsSepaDebit as Type } from "./types/payment_intent_payment_method_options_sepa_debit.js";

export type { PaymentIntentPaymentMethodOptionsSepaDebit } from "./types/payment_intent_payment_method_options_sepa_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentPaymentMethodOptionsSepaDebit };
