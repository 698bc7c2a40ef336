import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsOxxo as Type } from "./types/payment_method_details_oxxo.js";

export type { PaymentMethodDetailsOxxo } from "./types/payment_method_details_oxxo.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsOxxo };
