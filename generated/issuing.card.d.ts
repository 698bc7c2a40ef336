import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCard as self } from "./types/issuing.card.js";

export type IssuingCard = self;
export declare const IssuingCard: SchemaModule<self>;
