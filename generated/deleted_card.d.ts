import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedCard as Type } from "./types/deleted_card.js";

export type DeletedCard = Type;
export declare const DeletedCard: SchemaModule<Type>;
