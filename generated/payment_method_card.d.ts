import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCard as Type } from "./types/payment_method_card.js";

export type PaymentMethodCard = Type;
export declare const PaymentMethodCard: SchemaModule<Type>;
