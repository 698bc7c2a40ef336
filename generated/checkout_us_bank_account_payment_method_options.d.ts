import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutUsBankAccountPaymentMethodOptions as Type } from "./types/checkout_us_bank_account_payment_method_options.js";

export type { CheckoutUsBankAccountPaymentMethodOptions } from "./types/checkout_us_bank_account_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutUsBankAccountPaymentMethodOptions };
