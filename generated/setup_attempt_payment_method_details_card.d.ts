import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsCard as Type } from "./types/setup_attempt_payment_method_details_card.js";

export type { SetupAttemptPaymentMethodDetailsCard } from "./types/setup_attempt_payment_method_details_card.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupAttemptPaymentMethodDetailsCard };
