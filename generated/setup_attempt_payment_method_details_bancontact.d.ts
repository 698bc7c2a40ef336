import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsBancontact as Type } from "./types/setup_attempt_payment_method_details_bancontact.js";

export type SetupAttemptPaymentMethodDetailsBancontact = Type;
export declare const SetupAttemptPaymentMethodDetailsBancontact: SchemaModule<Type>;
