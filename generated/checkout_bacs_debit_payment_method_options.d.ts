import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutBacsDebitPaymentMethodOptions as Type } from "./types/checkout_bacs_debit_payment_method_options.js";

export type CheckoutBacsDebitPaymentMethodOptions = Type;
export declare const CheckoutBacsDebitPaymentMethodOptions: SchemaModule<Type>;
