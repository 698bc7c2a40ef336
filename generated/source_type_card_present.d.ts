import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeCardPresent as Type } from "./types/source_type_card_present.js";

export type { SourceTypeCardPresent } from "./types/source_type_card_present.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeCardPresent };
