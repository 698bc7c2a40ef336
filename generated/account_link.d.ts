import type { SchemaModule } from "./runtime/api.js";
import type { AccountLink as self } from "./types/account_link.js";

export type AccountLink = self;
export declare const AccountLink: SchemaModule<self>;
