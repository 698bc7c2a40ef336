import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsSofort as self } from "./types/setup_attempt_payment_method_details_sofort.js";

export type SetupAttemptPaymentMethodDetailsSofort = self;
export declare const SetupAttemptPaymentMethodDetailsSofort: SchemaModule<self>;
