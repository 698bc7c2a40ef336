import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeEps as Type } from "./types/source_type_eps.js";

export type { SourceTypeEps } from "./types/source_type_eps.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeEps };
