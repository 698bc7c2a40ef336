import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethod as Type } from "./types/payment_method.js";

export type { PaymentMethod } from "./types/payment_method.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethod };
