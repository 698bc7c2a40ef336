import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsAcssDebit as Type } from "./types/payment_intent_payment_method_options_acss_debit.js";

export type PaymentIntentPaymentMethodOptionsAcssDebit = Type;
export declare const PaymentIntentPaymentMethodOptionsAcssDebit: SchemaModule<Type>;
