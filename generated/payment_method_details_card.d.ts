import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCard as Type } from "./types/payment_method_details_card.js";

export type PaymentMethodDetailsCard = Type;
export declare const PaymentMethodDetailsCard: SchemaModule<Type>;
