import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsBoleto as Type } from "./types/payment_method_details_boleto.js";

export type { PaymentMethodDetailsBoleto } from "./types/payment_method_details_boleto.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsBoleto };
