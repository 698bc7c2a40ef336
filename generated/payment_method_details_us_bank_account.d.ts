import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsUsBankAccount as self } from "./types/payment_method_details_us_bank_account.js";

export type PaymentMethodDetailsUsBankAccount = self;
export declare const PaymentMethodDetailsUsBankAccount: SchemaModule<self>;
