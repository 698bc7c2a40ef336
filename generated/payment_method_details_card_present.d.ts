import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardPresent as Type } from "./types/payment_method_details_card_present.js";

export type PaymentMethodDetailsCardPresent = Type;
export declare const PaymentMethodDetailsCardPresent: SchemaModule<Type>;
