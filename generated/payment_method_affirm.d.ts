import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodAffirm as Type } from "./types/payment_method_affirm.js";

export type PaymentMethodAffirm = Type;
export declare const PaymentMethodAffirm: SchemaModule<Type>;
