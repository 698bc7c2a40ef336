import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsAffirm as Type } from "./types/payment_method_options_affirm.js";

export type PaymentMethodOptionsAffirm = Type;
export declare const PaymentMethodOptionsAffirm: SchemaModule<Type>;
