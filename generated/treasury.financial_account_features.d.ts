import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccountFeatures as self } from "./types/treasury.financial_account_features.js";

export type TreasuryFinancialAccountFeatures = self;
export declare const TreasuryFinancialAccountFeatures: SchemaModule<self>;
