import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTerminalConfiguration as Type } from "./types/deleted_terminal.configuration.js";

export type { DeletedTerminalConfiguration } from "./types/deleted_terminal.configuration.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedTerminalConfiguration };
