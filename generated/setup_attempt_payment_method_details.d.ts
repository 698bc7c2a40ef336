import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetails as Type } from "./types/setup_attempt_payment_method_details.js";

export type { SetupAttemptPaymentMethodDetails } from "./types/setup_attempt_payment_method_details.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupAttemptPaymentMethodDetails };
