import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsPaypal as self } from "./types/setup_attempt_payment_method_details_paypal.js";

export type SetupAttemptPaymentMethodDetailsPaypal = self;
export declare const SetupAttemptPaymentMethodDetailsPaypal: SchemaModule<self>;
