import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccountFeatures as Type } from "./types/treasury.financial_account_features.js";

export type { TreasuryFinancialAccountFeatures } from "./types/treasury.financial_account_features.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccountFeatures };
