import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsLink as Type } from "./types/setup_attempt_payment_method_details_link.js";

export type { SetupAttemptPaymentMethodDetailsLink } from "./types/setup_attempt_payment_method_details_link.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupAttemptPaymentMethodDetailsLink };
