import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsCashapp as self } from "./types/setup_attempt_payment_method_details_cashapp.js";

export type SetupAttemptPaymentMethodDetailsCashapp = self;
export declare const SetupAttemptPaymentMethodDetailsCashapp: SchemaModule<self>;
