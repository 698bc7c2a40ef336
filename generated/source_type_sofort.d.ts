import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeSofort as Type } from "./types/source_type_sofort.js";

export type { SourceTypeSofort } from "./types/source_type_sofort.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeSofort };
