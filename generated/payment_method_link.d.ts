import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodLink as Type } from "./types/payment_method_link.js";

export type PaymentMethodLink = Type;
export declare const PaymentMethodLink: SchemaModule<Type>;
