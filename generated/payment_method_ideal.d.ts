import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodIdeal as Type } from "./types/payment_method_ideal.js";

export type { PaymentMethodIdeal } from "./types/payment_method_ideal.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodIdeal };
