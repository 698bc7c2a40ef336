import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodFpx as Type } from "./types/payment_method_fpx.js";

export type PaymentMethodFpx = Type;
export declare const PaymentMethodFpx: SchemaModule<Type>;
