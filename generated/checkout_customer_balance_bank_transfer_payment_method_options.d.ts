import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutCustomerBalanceBankTransferPaymentMethodOptions as Type } from "./types/checkout_customer_balance_bank_transfer_payment_method_options.js";

export type CheckoutCustomerBalanceBankTransferPaymentMethodOptions = Type;
export declare const CheckoutCustomerBalanceBankTransferPaymentMethodOptions: SchemaModule<Type>;
