import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardGeneratedCard as Type } from "./types/payment_method_card_generated_card.js";

export type { PaymentMethodCardGeneratedCard } from "./types/payment_method_card_generated_card.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCardGeneratedCard };
