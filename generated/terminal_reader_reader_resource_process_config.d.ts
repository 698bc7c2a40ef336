import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceProcessConfig as self } from "./types/terminal_reader_reader_resource_process_config.js";

export type TerminalReaderReaderResourceProcessConfig = self;
export declare const TerminalReaderReaderResourceProcessConfig: SchemaModule<self>;
