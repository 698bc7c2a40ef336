import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodBoleto as self } from "./types/payment_method_boleto.js";

export type PaymentMethodBoleto = self;
export declare const PaymentMethodBoleto: SchemaModule<self>;
