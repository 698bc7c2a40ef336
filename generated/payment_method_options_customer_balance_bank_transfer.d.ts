import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCustomerBalanceBankTransfer as Type } from "./types/payment_method_options_customer_balance_bank_transfer.js";

export type { PaymentMethodOptionsCustomerBalanceBankTransfer } from "./types/payment_method_options_customer_balance_bank_transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsCustomerBalanceBankTransfer };
