import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodUsBankAccountBlocked as Type } from "./types/payment_method_us_bank_account_blocked.js";

export type PaymentMethodUsBankAccountBlocked = Type;
export declare const PaymentMethodUsBankAccountBlocked: SchemaModule<Type>;
