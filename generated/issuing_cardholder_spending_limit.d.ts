import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderSpendingLimit as Type } from "./types/issuing_cardholder_spending_limit.js";

export type IssuingCardholderSpendingLimit = Type;
export declare const IssuingCardholderSpendingLimit: SchemaModule<Type>;
