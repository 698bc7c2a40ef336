import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodFpx as self } from "./types/payment_method_fpx.js";

export type PaymentMethodFpx = self;
export declare const PaymentMethodFpx: SchemaModule<self>;
