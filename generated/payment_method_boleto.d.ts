import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodBoleto as Type } from "./types/payment_method_boleto.js";

export type PaymentMethodBoleto = Type;
export declare const PaymentMethodBoleto: SchemaModule<Type>;
