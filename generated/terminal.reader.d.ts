import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReader as Type } from "./types/terminal.reader.js";

export type { TerminalReader } from "./types/terminal.reader.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalReader };
