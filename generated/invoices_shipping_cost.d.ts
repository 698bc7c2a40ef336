import type { SchemaModule } from "./runtime/api.js";
import type { InvoicesShippingCost as self } from "./types/invoices_shipping_cost.js";

export type InvoicesShippingCost = self;
export declare const InvoicesShippingCost: SchemaModule<self>;
