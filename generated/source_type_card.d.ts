import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeCard as Type } from "./types/source_type_card.js";

export type { SourceTypeCard } from "./types/source_type_card.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeCard };
