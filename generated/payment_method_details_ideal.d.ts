import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsIdeal as Type } from "./types/payment_method_details_ideal.js";

export type { PaymentMethodDetailsIdeal } from "./types/payment_method_details_ideal.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsIdeal };
