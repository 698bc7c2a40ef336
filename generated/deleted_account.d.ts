import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedAccount as Type } from "./types/deleted_account.js";

export type { DeletedAccount } from "./types/deleted_account.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedAccount };
