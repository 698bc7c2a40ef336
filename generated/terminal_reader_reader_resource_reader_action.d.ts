import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceReaderAction as self } from "./types/terminal_reader_reader_resource_reader_action.js";

export type TerminalReaderReaderResourceReaderAction = self;
export declare const TerminalReaderReaderResourceReaderAction: SchemaModule<self>;
