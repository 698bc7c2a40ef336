import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutSepaDebitPaymentMethodOptions as self } from "./types/checkout_sepa_debit_payment_method_options.js";

export type CheckoutSepaDebitPaymentMethodOptions = self;
export declare const CheckoutSepaDebitPaymentMethodOptions: SchemaModule<self>;
