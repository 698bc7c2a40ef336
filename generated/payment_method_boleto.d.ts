import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodBoleto as Type } from "./types/payment_method_boleto.js";

export type { PaymentMethodBoleto } from "./types/payment_method_boleto.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodBoleto };
