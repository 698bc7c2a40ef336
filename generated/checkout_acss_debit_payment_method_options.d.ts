import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutAcssDebitPaymentMethodOptions as self } from "./types/checkout_acss_debit_payment_method_options.js";

export type CheckoutAcssDebitPaymentMethodOptions = self;
export declare const CheckoutAcssDebitPaymentMethodOptions: SchemaModule<self>;
