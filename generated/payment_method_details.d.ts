import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetails as Type } from "./types/payment_method_details.js";

export type PaymentMethodDetails = Type;
export declare const PaymentMethodDetails: SchemaModule<Type>;
