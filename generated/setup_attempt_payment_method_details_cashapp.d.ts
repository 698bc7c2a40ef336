import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsCashapp as Type } from "./types/setup_attempt_payment_method_details_cashapp.js";

export type SetupAttemptPaymentMethodDetailsCashapp = Type;
export declare const SetupAttemptPaymentMethodDetailsCashapp: SchemaModule<Type>;
