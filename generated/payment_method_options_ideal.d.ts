import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsIdeal as Type } from "./types/payment_method_options_ideal.js";

export type { PaymentMethodOptionsIdeal } from "./types/payment_method_options_ideal.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsIdeal };
