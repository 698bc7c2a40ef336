import type { SchemaModule } from "./runtime/api.js";
import type { AccountCapabilities as self } from "./types/account_capabilities.js";

export type AccountCapabilities = self;
export declare const AccountCapabilities: SchemaModule<self>;
