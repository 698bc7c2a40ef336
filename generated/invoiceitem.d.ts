import type { SchemaModule } from "./runtime/api.js";
import type { Invoiceitem as self } from "./types/invoiceitem.js";

export type Invoiceitem = self;
export declare const Invoiceitem: SchemaModule<self>;
