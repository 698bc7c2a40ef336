import type { SchemaModule } from "./runtime/schema.js";
import type { Invoiceitem as Type } from "./types/invoiceitem.js";

export type Invoiceitem = Type;
export declare const Invoiceitem: SchemaModule<Type>;
