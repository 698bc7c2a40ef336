import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedExternalAccount as Type } from "./types/deleted_external_account.js";

export type { DeletedExternalAccount } from "./types/deleted_external_account.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedExternalAccount };
