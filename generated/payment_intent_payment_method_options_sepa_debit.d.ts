import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsSepaDebit as self } from "./types/payment_intent_payment_method_options_sepa_debit.js";

export type PaymentIntentPaymentMethodOptionsSepaDebit = self;
export declare const PaymentIntentPaymentMethodOptionsSepaDebit: SchemaModule<self>;
