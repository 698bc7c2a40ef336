import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLink as Type } from "./types/payment_link.js";

export type { PaymentLink } from "./types/payment_link.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLink };
