import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsUsBankAccount as self } from "./types/setup_attempt_payment_method_details_us_bank_account.js";

export type SetupAttemptPaymentMethodDetailsUsBankAccount = self;
export declare const SetupAttemptPaymentMethodDetailsUsBankAccount: SchemaModule<self>;
