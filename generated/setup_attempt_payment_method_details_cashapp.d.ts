import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsCashapp as Type } from "./types/setup_attempt_payment_method_details_cashapp.js";

export type { SetupAttemptPaymentMethodDetailsCashapp } from "./types/setup_attempt_payment_method_details_cashapp.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupAttemptPaymentMethodDetailsCashapp };
