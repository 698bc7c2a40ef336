import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsIdeal as self } from "./types/setup_attempt_payment_method_details_ideal.js";

export type SetupAttemptPaymentMethodDetailsIdeal = self;
export declare const SetupAttemptPaymentMethodDetailsIdeal: SchemaModule<self>;
