import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsBacsDebit as Type } from "./types/setup_attempt_payment_method_details_bacs_debit.js";

export type SetupAttemptPaymentMethodDetailsBacsDebit = Type;
export declare const SetupAttemptPaymentMethodDetailsBacsDebit: SchemaModule<Type>;
