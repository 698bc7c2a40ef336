import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsBancontact as Type } from "./types/setup_attempt_payment_method_details_bancontact.js";

export type { SetupAttemptPaymentMethodDetailsBancontact } from "./types/setup_attempt_payment_method_details_bancontact.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupAttemptPaymentMethodDetailsBancontact };
