import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit as self } from "./types/payment_intent_payment_method_options_mandate_options_sepa_debit.js";

export type PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit = self;
export declare const PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit: SchemaModule<self>;
