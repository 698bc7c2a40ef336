import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeWechat as Type } from "./types/source_type_wechat.js";

export type { SourceTypeWechat } from "./types/source_type_wechat.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeWechat };
