import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutCustomerBalanceBankTransferPaymentMethodOptions as self } from "./types/checkout_customer_balance_bank_transfer_payment_method_options.js";

export type CheckoutCustomerBalanceBankTransferPaymentMethodOptions = self;
export declare const CheckoutCustomerBalanceBankTransferPaymentMethodOptions: SchemaModule<self>;
