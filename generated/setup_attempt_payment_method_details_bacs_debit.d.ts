import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsBacsDebit as self } from "./types/setup_attempt_payment_method_details_bacs_debit.js";

export type SetupAttemptPaymentMethodDetailsBacsDebit = self;
export declare const SetupAttemptPaymentMethodDetailsBacsDebit: SchemaModule<self>;
