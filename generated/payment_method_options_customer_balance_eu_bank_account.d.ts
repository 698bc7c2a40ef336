import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCustomerBalanceEuBankAccount as Type } from "./types/payment_method_options_customer_balance_eu_bank_account.js";

export type { PaymentMethodOptionsCustomerBalanceEuBankAccount } from "./types/payment_method_options_customer_balance_eu_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsCustomerBalanceEuBankAccount };
