import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsAcssDebit as self } from "./types/setup_attempt_payment_method_details_acss_debit.js";

export type SetupAttemptPaymentMethodDetailsAcssDebit = self;
export declare const SetupAttemptPaymentMethodDetailsAcssDebit: SchemaModule<self>;
