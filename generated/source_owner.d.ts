import type { SchemaModule } from "./runtime/schema.js";
import type { SourceOwner as Type } from "./types/source_owner.js";

export type { SourceOwner } from "./types/source_owner.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceOwner };
