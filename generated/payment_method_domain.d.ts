import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDomain as Type } from "./types/payment_method_domain.js";

export type PaymentMethodDomain = Type;
export declare const PaymentMethodDomain: SchemaModule<Type>;
