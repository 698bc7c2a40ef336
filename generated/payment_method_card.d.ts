import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCard as Type } from "./types/payment_method_card.js";

export type { PaymentMethodCard } from "./types/payment_method_card.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCard };
