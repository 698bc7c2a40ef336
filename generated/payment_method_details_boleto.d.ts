import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsBoleto as Type } from "./types/payment_method_details_boleto.js";

export type PaymentMethodDetailsBoleto = Type;
export declare const PaymentMethodDetailsBoleto: SchemaModule<Type>;
