import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodLink as Type } from "./types/payment_method_link.js";

export type { PaymentMethodLink } from "./types/payment_method_link.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodLink };
