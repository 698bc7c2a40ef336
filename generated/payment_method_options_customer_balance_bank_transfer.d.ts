import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsCustomerBalanceBankTransfer as self } from "./types/payment_method_options_customer_balance_bank_transfer.js";

export type PaymentMethodOptionsCustomerBalanceBankTransfer = self;
export declare const PaymentMethodOptionsCustomerBalanceBankTransfer: SchemaModule<self>;
