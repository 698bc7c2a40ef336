import type { SchemaModule } from "./runtime/api.js";
import type { AccountSettings as self } from "./types/account_settings.js";

export type AccountSettings = self;
export declare const AccountSettings: SchemaModule<self>;
