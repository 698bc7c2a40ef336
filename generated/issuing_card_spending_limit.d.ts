import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardSpendingLimit as self } from "./types/issuing_card_spending_limit.js";

export type IssuingCardSpendingLimit = self;
export declare const IssuingCardSpendingLimit: SchemaModule<self>;
