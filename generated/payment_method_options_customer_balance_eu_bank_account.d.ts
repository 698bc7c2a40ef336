import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsCustomerBalanceEuBankAccount as self } from "./types/payment_method_options_customer_balance_eu_bank_account.js";

export type PaymentMethodOptionsCustomerBalanceEuBankAccount = self;
export declare const PaymentMethodOptionsCustomerBalanceEuBankAccount: SchemaModule<self>;
