import type { SchemaModule } from "./runtime/api.js";
import type { AccountDashboardSettings as self } from "./types/account_dashboard_settings.js";

export type AccountDashboardSettings = self;
export declare const AccountDashboardSettings: SchemaModule<self>;
