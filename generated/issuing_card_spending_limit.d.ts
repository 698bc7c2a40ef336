import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardSpendingLimit as Type } from "./types/issuing_card_spending_limit.js";

export type IssuingCardSpendingLimit = Type;
export declare const IssuingCardSpendingLimit: SchemaModule<Type>;
