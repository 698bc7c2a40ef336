import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetails as self } from "./types/setup_attempt_payment_method_details.js";

export type SetupAttemptPaymentMethodDetails = self;
export declare const SetupAttemptPaymentMethodDetails: SchemaModule<self>;
