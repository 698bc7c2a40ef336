import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutBacsDebitPaymentMethodOptions as self } from "./types/checkout_bacs_debit_payment_method_options.js";

export type CheckoutBacsDebitPaymentMethodOptions = self;
export declare const CheckoutBacsDebitPaymentMethodOptions: SchemaModule<self>;
