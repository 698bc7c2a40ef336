import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardGeneratedCard as self } from "./types/payment_method_card_generated_card.js";

export type PaymentMethodCardGeneratedCard = self;
export declare const PaymentMethodCardGeneratedCard: SchemaModule<self>;
