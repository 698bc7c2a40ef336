import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeAlipay as self } from "./types/source_type_alipay.js";

export type SourceTypeAlipay = self;
export declare const SourceTypeAlipay: SchemaModule<self>;
