import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceSetReaderDisplayAction as Type } from "./types/terminal_reader_reader_resource_set_reader_display_action.js";

export type TerminalReaderReaderResourceSetReaderDisplayAction = Type;
export declare const TerminalReaderReaderResourceSetReaderDisplayAction: SchemaModule<Type>;
