import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeAlipay as Type } from "./types/source_type_alipay.js";

export type SourceTypeAlipay = Type;
export declare const SourceTypeAlipay: SchemaModule<Type>;
