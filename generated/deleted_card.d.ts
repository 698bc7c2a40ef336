import type { SchemaModule } from "./runtime/api.js";
import type { DeletedCard as self } from "./types/deleted_card.js";

export type DeletedCard = self;
export declare const DeletedCard: SchemaModule<self>;
