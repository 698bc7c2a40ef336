import type { SchemaModule } from "./runtime/api.js";
import type { AccountBrandingSettings as self } from "./types/account_branding_settings.js";

export type AccountBrandingSettings = self;
export declare const AccountBrandingSettings: SchemaModule<self>;
