import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodGiropay as Type } from "./types/payment_method_giropay.js";

export type PaymentMethodGiropay = Type;
export declare const PaymentMethodGiropay: SchemaModule<Type>;
