import type { SchemaModule } from "./runtime/api.js";
import type { DeletedExternalAccount as self } from "./types/deleted_external_account.js";

export type DeletedExternalAccount = self;
export declare const DeletedExternalAccount: SchemaModule<self>;
