import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeBancontact as Type } from "./types/source_type_bancontact.js";

export type { SourceTypeBancontact } from "./types/source_type_bancontact.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeBancontact };
