import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsSofort as Type } from "./types/setup_attempt_payment_method_details_sofort.js";

export type SetupAttemptPaymentMethodDetailsSofort = Type;
export declare const SetupAttemptPaymentMethodDetailsSofort: SchemaModule<Type>;
