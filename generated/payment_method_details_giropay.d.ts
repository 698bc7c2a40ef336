import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsGiropay as Type } from "./types/payment_method_details_giropay.js";

export type PaymentMethodDetailsGiropay = Type;
export declare const PaymentMethodDetailsGiropay: SchemaModule<Type>;
