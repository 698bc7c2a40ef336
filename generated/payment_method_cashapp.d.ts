import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCashapp as self } from "./types/payment_method_cashapp.js";

export type PaymentMethodCashapp = self;
export declare const PaymentMethodCashapp: SchemaModule<self>;
