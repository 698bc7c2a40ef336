import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceReaderAction as Type } from "./types/terminal_reader_reader_resource_reader_action.js";

export type TerminalReaderReaderResourceReaderAction = Type;
export declare const TerminalReaderReaderResourceReaderAction: SchemaModule<Type>;
