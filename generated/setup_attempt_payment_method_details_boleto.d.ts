import type { SchemaModule } from "./runtime/schema.js";
import type { SetupAttemptPaymentMethodDetailsBoleto as Type } from "./types/setup_attempt_payment_method_details_boleto.js";

export type { SetupAttemptPaymentMethodDetailsBoleto } from "./types/setup_attempt_payment_method_details_boleto.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupAttemptPaymentMethodDetailsBoleto };
