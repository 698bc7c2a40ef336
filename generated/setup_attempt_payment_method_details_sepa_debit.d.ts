import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsSepaDebit as self } from "./types/setup_attempt_payment_method_details_sepa_debit.js";

export type SetupAttemptPaymentMethodDetailsSepaDebit = self;
export declare const SetupAttemptPaymentMethodDetailsSepaDebit: SchemaModule<self>;
