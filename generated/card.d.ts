import type { SchemaModule } from "./runtime/api.js";
import type { Card as self } from "./types/card.js";

export type Card = self;
export declare const Card: SchemaModule<self>;
