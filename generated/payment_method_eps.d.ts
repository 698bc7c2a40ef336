import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodEps as Type } from "./types/payment_method_eps.js";

export type { PaymentMethodEps } from "./types/payment_method_eps.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodEps };
