import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsAcssDebit as Type } from "./types/payment_intent_payment_method_options_acss_debit.js";

export type { PaymentIntentPaymentMethodOptionsAcssDebit } from "./types/payment_intent_payment_method_options_acss_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentPaymentMethodOptionsAcssDebit };
