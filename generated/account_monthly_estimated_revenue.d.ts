import type { SchemaModule } from "./runtime/api.js";
import type { AccountMonthlyEstimatedRevenue as self } from "./types/account_monthly_estimated_revenue.js";

export type AccountMonthlyEstimatedRevenue = self;
export declare const AccountMonthlyEstimatedRevenue: SchemaModule<self>;
