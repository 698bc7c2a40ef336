import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutUsBankAccountPaymentMethodOptions as self } from "./types/checkout_us_bank_account_payment_method_options.js";

export type CheckoutUsBankAccountPaymentMethodOptions = self;
export declare const CheckoutUsBankAccountPaymentMethodOptions: SchemaModule<self>;
