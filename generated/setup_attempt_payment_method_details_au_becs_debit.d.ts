import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsAuBecsDebit as self } from "./types/setup_attempt_payment_method_details_au_becs_debit.js";

export type SetupAttemptPaymentMethodDetailsAuBecsDebit = self;
export declare const SetupAttemptPaymentMethodDetailsAuBecsDebit: SchemaModule<self>;
