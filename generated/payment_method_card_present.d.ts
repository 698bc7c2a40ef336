import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardPresent as Type } from "./types/payment_method_card_present.js";

export type PaymentMethodCardPresent = Type;
export declare const PaymentMethodCardPresent: SchemaModule<Type>;
