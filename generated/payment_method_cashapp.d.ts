import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCashapp as Type } from "./types/payment_method_cashapp.js";

export type PaymentMethodCashapp = Type;
export declare const PaymentMethodCashapp: SchemaModule<Type>;
