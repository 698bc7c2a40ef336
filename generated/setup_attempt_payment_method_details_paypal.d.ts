import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsPaypal as Type } from "./types/setup_attempt_payment_method_details_paypal.js";

export type { SetupAttemptPaymentMethodDetailsPaypal } from "./types/setup_attempt_payment_method_details_paypal.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupAttemptPaymentMethodDetailsPaypal };
