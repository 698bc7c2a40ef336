import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsCardPresent as self } from "./types/setup_attempt_payment_method_details_card_present.js";

export type SetupAttemptPaymentMethodDetailsCardPresent = self;
export declare const SetupAttemptPaymentMethodDetailsCardPresent: SchemaModule<self>;
