import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsBoleto as Type } from "./types/setup_attempt_payment_method_details_boleto.js";

export type SetupAttemptPaymentMethodDetailsBoleto = Type;
export declare const SetupAttemptPaymentMethodDetailsBoleto: SchemaModule<Type>;
