import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsFpx as self } from "./types/payment_method_details_fpx.js";

export type PaymentMethodDetailsFpx = self;
export declare const PaymentMethodDetailsFpx: SchemaModule<self>;
