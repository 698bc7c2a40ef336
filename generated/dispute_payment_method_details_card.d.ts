import type { SchemaModule } from "./runtime/api.js";
import type { DisputePaymentMethodDetailsCard as self } from "./types/dispute_payment_method_details_card.js";

export type DisputePaymentMethodDetailsCard = self;
export declare const DisputePaymentMethodDetailsCard: SchemaModule<self>;
