import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsGiropay as Type } from "./types/payment_method_options_giropay.js";

export type PaymentMethodOptionsGiropay = Type;
export declare const PaymentMethodOptionsGiropay: SchemaModule<Type>;
