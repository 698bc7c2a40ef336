import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodUsBankAccount as Type } from "./types/payment_method_us_bank_account.js";

export type { PaymentMethodUsBankAccount } from "./types/payment_method_us_bank_account.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodUsBankAccount };
