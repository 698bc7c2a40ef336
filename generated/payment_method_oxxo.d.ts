import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOxxo as Type } from "./types/payment_method_oxxo.js";

export type { PaymentMethodOxxo } from "./types/payment_method_oxxo.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOxxo };
