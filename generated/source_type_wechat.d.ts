import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeWechat as self } from "./types/source_type_wechat.js";

export type SourceTypeWechat = self;
export declare const SourceTypeWechat: SchemaModule<self>;
