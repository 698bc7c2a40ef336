import type { SchemaModule } from "./runtime/schema.js";
import type { Card as Type } from "./types/card.js";

export type Card = Type;
export declare const Card: SchemaModule<Type>;
