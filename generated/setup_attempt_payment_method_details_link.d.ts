import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsLink as self } from "./types/setup_attempt_payment_method_details_link.js";

export type SetupAttemptPaymentMethodDetailsLink = self;
export declare const SetupAttemptPaymentMethodDetailsLink: SchemaModule<self>;
