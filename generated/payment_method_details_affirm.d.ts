import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAffirm as Type } from "./types/payment_method_details_affirm.js";

export type PaymentMethodDetailsAffirm = Type;
export declare const PaymentMethodDetailsAffirm: SchemaModule<Type>;
