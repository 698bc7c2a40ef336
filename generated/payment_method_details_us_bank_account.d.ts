import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsUsBankAccount as Type } from "./types/payment_method_details_us_bank_account.js";

export type PaymentMethodDetailsUsBankAccount = Type;
export declare const PaymentMethodDetailsUsBankAccount: SchemaModule<Type>;
