import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceLineItem as Type } from "./types/terminal_reader_reader_resource_line_item.js";

export type TerminalReaderReaderResourceLineItem = Type;
export declare const TerminalReaderReaderResourceLineItem: SchemaModule<Type>;
