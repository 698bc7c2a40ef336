import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit as Type } from "./types/payment_intent_payment_method_options_mandate_options_sepa_debit.js";

export type PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit = Type;
export declare const PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit: SchemaModule<Type>;
