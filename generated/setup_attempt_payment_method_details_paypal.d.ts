import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsPaypal as Type } from "./types/setup_attempt_payment_method_details_paypal.js";

export type SetupAttemptPaymentMethodDetailsPaypal = Type;
export declare const SetupAttemptPaymentMethodDetailsPaypal: SchemaModule<Type>;
