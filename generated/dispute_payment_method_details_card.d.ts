import type { SchemaModule } from "./runtime/schema.js";
import type { DisputePaymentMethodDetailsCard as Type } from "./types/dispute_payment_method_details_card.js";

export type DisputePaymentMethodDetailsCard = Type;
export declare const DisputePaymentMethodDetailsCard: SchemaModule<Type>;
