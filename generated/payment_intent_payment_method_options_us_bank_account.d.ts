import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsUsBankAccount as self } from "./types/payment_intent_payment_method_options_us_bank_account.js";

export type PaymentIntentPaymentMethodOptionsUsBankAccount = self;
export declare const PaymentIntentPaymentMethodOptionsUsBankAccount: SchemaModule<self>;
