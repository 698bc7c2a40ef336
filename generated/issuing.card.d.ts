import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCard as Type } from "./types/issuing.card.js";

export type IssuingCard = Type;
export declare const IssuingCard: SchemaModule<Type>;
