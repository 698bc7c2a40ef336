import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceLineItem as self } from "./types/terminal_reader_reader_resource_line_item.js";

export type TerminalReaderReaderResourceLineItem = self;
export declare const TerminalReaderReaderResourceLineItem: SchemaModule<self>;
