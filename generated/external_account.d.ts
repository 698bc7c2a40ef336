import type { SchemaModule } from "./runtime/schema.js";
import type { ExternalAccount as Type } from "./types/external_account.js";

export type { ExternalAccount } from "./types/external_account.js";
declare const schema: SchemaModule<Type>;
export { schema as ExternalAccount };
