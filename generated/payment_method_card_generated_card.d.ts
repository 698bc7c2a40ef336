import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardGeneratedCard as Type } from "./types/payment_method_card_generated_card.js";

export type PaymentMethodCardGeneratedCard = Type;
export declare const PaymentMethodCardGeneratedCard: SchemaModule<Type>;
