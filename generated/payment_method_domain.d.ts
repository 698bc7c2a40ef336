import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDomain as Type } from "./types/payment_method_domain.js";

export type { PaymentMethodDomain } from "./types/payment_method_domain.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDomain };
