import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutAcssDebitPaymentMethodOptions as Type } from "./types/checkout_acss_debit_payment_method_options.js";

export type CheckoutAcssDebitPaymentMethodOptions = Type;
export declare const CheckoutAcssDebitPaymentMethodOptions: SchemaModule<Type>;
