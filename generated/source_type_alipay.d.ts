import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeAlipay as Type } from "./types/source_type_alipay.js";

export type { SourceTypeAlipay } from "./types/source_type_alipay.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeAlipay };
