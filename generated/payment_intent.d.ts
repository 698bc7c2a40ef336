import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntent as Type } from "./types/payment_intent.js";

export type { PaymentIntent } from "./types/payment_intent.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntent };
