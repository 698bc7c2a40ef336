import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsKlarna as Type } from "./types/setup_attempt_payment_method_details_klarna.js";

export type SetupAttemptPaymentMethodDetailsKlarna = Type;
export declare const SetupAttemptPaymentMethodDetailsKlarna: SchemaModule<Type>;
