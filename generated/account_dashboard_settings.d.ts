import type * as runtime from "./runtime/api.js";
import type { AccountDashboardSettings as self } from "./types/account_dashboard_settings.js";

export type AccountDashboardSettings = self;
export declare const AccountDashboardSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountDashboardSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountDashboardSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountDashboardSettings: runtime.Check;
