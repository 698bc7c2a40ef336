import type { SchemaModule } from "./runtime/api.js";
import type { ExternalAccount as self } from "./types/external_account.js";

export type ExternalAccount = self;
export declare const ExternalAccount: SchemaModule<self>;
