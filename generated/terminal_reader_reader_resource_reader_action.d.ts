import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceReaderAction as Type } from "./types/terminal_reader_reader_resource_reader_action.js";

export type { TerminalReaderReaderResourceReaderAction } from "./types/terminal_reader_reader_resource_reader_action.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalReaderReaderResourceReaderAction };
