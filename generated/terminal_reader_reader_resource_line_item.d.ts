import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceLineItem as Type } from "./types/terminal_reader_reader_resource_line_item.js";

export type { TerminalReaderReaderResourceLineItem } from "./types/terminal_reader_reader_resource_line_item.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalReaderReaderResourceLineItem };
