import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCard as self } from "./types/payment_method_details_card.js";

export type PaymentMethodDetailsCard = self;
export declare const PaymentMethodDetailsCard: SchemaModule<self>;
