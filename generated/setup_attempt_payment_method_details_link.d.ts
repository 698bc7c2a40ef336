import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsLink as Type } from "./types/setup_attempt_payment_method_details_link.js";

export type SetupAttemptPaymentMethodDetailsLink = Type;
export declare const SetupAttemptPaymentMethodDetailsLink: SchemaModule<Type>;
