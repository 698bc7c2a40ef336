import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutAuBecsDebitPaymentMethodOptions as self } from "./types/checkout_au_becs_debit_payment_method_options.js";

export type CheckoutAuBecsDebitPaymentMethodOptions = self;
export declare const CheckoutAuBecsDebitPaymentMethodOptions: SchemaModule<self>;
