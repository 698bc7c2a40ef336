import type { SchemaModule } from "./runtime/schema.js";
import type { Account as Type } from "./types/account.js";

export type { Account } from "./types/account.js";
declare const schema: SchemaModule<Type>;
export { schema as Account };
