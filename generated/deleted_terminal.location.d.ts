import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTerminalLocation as Type } from "./types/deleted_terminal.location.js";

export type { DeletedTerminalLocation } from "./types/deleted_terminal.location.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedTerminalLocation };
