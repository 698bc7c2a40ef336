import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsBlik as Type } from "./types/payment_method_details_blik.js";

export type PaymentMethodDetailsBlik = Type;
export declare const PaymentMethodDetailsBlik: SchemaModule<Type>;
