import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodUsBankAccount as self } from "./types/payment_method_us_bank_account.js";

export type PaymentMethodUsBankAccount = self;
export declare const PaymentMethodUsBankAccount: SchemaModule<self>;
