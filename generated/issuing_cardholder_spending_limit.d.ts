import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderSpendingLimit as self } from "./types/issuing_cardholder_spending_limit.js";

export type IssuingCardholderSpendingLimit = self;
export declare const IssuingCardholderSpendingLimit: SchemaModule<self>;
