import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsOxxo as Type } from "./types/payment_method_options_oxxo.js";

export type { PaymentMethodOptionsOxxo } from "./types/payment_method_options_oxxo.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsOxxo };
