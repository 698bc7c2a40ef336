import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsBoleto as self } from "./types/setup_attempt_payment_method_details_boleto.js";

export type SetupAttemptPaymentMethodDetailsBoleto = self;
export declare const SetupAttemptPaymentMethodDetailsBoleto: SchemaModule<self>;
