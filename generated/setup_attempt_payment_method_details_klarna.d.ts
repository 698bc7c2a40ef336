import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsKlarna as self } from "./types/setup_attempt_payment_method_details_klarna.js";

export type SetupAttemptPaymentMethodDetailsKlarna = self;
export declare const SetupAttemptPaymentMethodDetailsKlarna: SchemaModule<self>;
