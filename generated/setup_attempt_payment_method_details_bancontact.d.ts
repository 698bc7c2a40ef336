import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsBancontact as self } from "./types/setup_attempt_payment_method_details_bancontact.js";

export type SetupAttemptPaymentMethodDetailsBancontact = self;
export declare const SetupAttemptPaymentMethodDetailsBancontact: SchemaModule<self>;
