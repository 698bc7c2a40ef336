import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTerminalReader as Type } from "./types/deleted_terminal.reader.js";

export type { DeletedTerminalReader } from "./types/deleted_terminal.reader.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedTerminalReader };
