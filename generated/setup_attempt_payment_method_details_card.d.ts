import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsCard as Type } from "./types/setup_attempt_payment_method_details_card.js";

export type SetupAttemptPaymentMethodDetailsCard = Type;
export declare const SetupAttemptPaymentMethodDetailsCard: SchemaModule<Type>;
