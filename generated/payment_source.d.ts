import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentSource as Type } from "./types/payment_source.js";

export type { PaymentSource } from "./types/payment_source.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentSource };
