import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetails as Type } from "./types/setup_attempt_payment_method_details.js";

export type SetupAttemptPaymentMethodDetails = Type;
export declare const SetupAttemptPaymentMethodDetails: SchemaModule<Type>;
