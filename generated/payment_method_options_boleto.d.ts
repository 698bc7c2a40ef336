import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsBoleto as Type } from "./types/payment_method_options_boleto.js";

export type { PaymentMethodOptionsBoleto } from "./types/payment_method_options_boleto.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsBoleto };
