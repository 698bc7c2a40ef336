import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodUsBankAccountBlocked as self } from "./types/payment_method_us_bank_account_blocked.js";

export type PaymentMethodUsBankAccountBlocked = self;
export declare const PaymentMethodUsBankAccountBlocked: SchemaModule<self>;
