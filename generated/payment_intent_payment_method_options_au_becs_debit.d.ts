import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsAuBecsDebit as self } from "./types/payment_intent_payment_method_options_au_becs_debit.js";

export type PaymentIntentPaymentMethodOptionsAuBecsDebit = self;
export declare const PaymentIntentPaymentMethodOptionsAuBecsDebit: SchemaModule<self>;
