import type { SchemaModule } from "./runtime/schema.js";
import type { Invoiceitem as Type } from "./types/invoiceitem.js";

export type { Invoiceitem } from "./types/invoiceitem.js";
declare const schema: SchemaModule<Type>;
export { schema as Invoiceitem };
