import type { SchemaModule } from "./runtime/api.js";
import type { DeletedAccount as self } from "./types/deleted_account.js";

export type DeletedAccount = self;
export declare const DeletedAccount: SchemaModule<self>;
