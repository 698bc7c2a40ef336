import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsP24 as Type } from "./types/payment_method_options_p24.js";

export type { PaymentMethodOptionsP24 } from "./types/payment_method_options_p24.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsP24 };
