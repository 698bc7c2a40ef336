import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeWechat as Type } from "./types/source_type_wechat.js";

export type SourceTypeWechat = Type;
export declare const SourceTypeWechat: SchemaModule<Type>;
