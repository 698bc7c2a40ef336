import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodBlik as self } from "./types/payment_method_blik.js";

export type PaymentMethodBlik = self;
export declare const PaymentMethodBlik: SchemaModule<self>;
