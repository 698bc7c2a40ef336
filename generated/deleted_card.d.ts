import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedCard as Type } from "./types/deleted_card.js";

export type { DeletedCard } from "./types/deleted_card.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedCard };
