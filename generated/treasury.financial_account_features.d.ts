import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountFeatures as Type } from "./types/treasury.financial_account_features.js";

export type TreasuryFinancialAccountFeatures = Type;
export declare const TreasuryFinancialAccountFeatures: SchemaModule<Type>;
