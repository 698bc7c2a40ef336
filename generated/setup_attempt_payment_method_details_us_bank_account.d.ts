import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsUsBankAccount as Type } from "./types/setup_attempt_payment_method_details_us_bank_account.js";

export type SetupAttemptPaymentMethodDetailsUsBankAccount = Type;
export declare const SetupAttemptPaymentMethodDetailsUsBankAccount: SchemaModule<Type>;
