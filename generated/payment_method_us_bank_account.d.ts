import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodUsBankAccount as Type } from "./types/payment_method_us_bank_account.js";

export type PaymentMethodUsBankAccount = Type;
export declare const PaymentMethodUsBankAccount: SchemaModule<Type>;
