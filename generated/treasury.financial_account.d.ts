import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccount as Type } from "./types/treasury.financial_account.js";

export type { TreasuryFinancialAccount } from "./types/treasury.financial_account.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryFinancialAccount };
