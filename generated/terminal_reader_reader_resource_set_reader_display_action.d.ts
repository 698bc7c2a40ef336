import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceSetReaderDisplayAction as self } from "./types/terminal_reader_reader_resource_set_reader_display_action.js";

export type TerminalReaderReaderResourceSetReaderDisplayAction = self;
export declare const TerminalReaderReaderResourceSetReaderDisplayAction: SchemaModule<self>;
