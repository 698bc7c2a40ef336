import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCard as self } from "./types/payment_method_card.js";

export type PaymentMethodCard = self;
export declare const PaymentMethodCard: SchemaModule<self>;
