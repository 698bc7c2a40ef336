import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodBlik as Type } from "./types/payment_method_blik.js";

export type PaymentMethodBlik = Type;
export declare const PaymentMethodBlik: SchemaModule<Type>;
