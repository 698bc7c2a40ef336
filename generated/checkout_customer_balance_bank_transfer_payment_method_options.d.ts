import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutCustomerBalanceBankTransferPaymentMethodOptions as Type } from "./types/checkout_customer_balance_bank_transfer_payment_method_options.js";

export type { CheckoutCustomerBalanceBankTransferPaymentMethodOptions } from "./types/checkout_customer_balance_bank_transfer_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutCustomerBalanceBankTransferPaymentMethodOptions };
