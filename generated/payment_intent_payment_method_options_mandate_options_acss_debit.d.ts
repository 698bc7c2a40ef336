import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit as self } from "./types/payment_intent_payment_method_options_mandate_options_acss_debit.js";

export type PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit = self;
export declare const PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit: SchemaModule<self>;
