import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsIdeal as Type } from "./types/setup_attempt_payment_method_details_ideal.js";

export type SetupAttemptPaymentMethodDetailsIdeal = Type;
export declare const SetupAttemptPaymentMethodDetailsIdeal: SchemaModule<Type>;
