import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsAcssDebit as self } from "./types/payment_intent_payment_method_options_acss_debit.js";

export type PaymentIntentPaymentMethodOptionsAcssDebit = self;
export declare const PaymentIntentPaymentMethodOptionsAcssDebit: SchemaModule<self>;
