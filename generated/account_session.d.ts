import type { SchemaModule } from "./runtime/api.js";
import type { AccountSession as self } from "./types/account_session.js";

export type AccountSession = self;
export declare const AccountSession: SchemaModule<self>;
