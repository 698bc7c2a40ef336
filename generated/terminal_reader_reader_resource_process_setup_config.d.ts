import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceProcessSetupConfig as self } from "./types/terminal_reader_reader_resource_process_setup_config.js";

export type TerminalReaderReaderResourceProcessSetupConfig = self;
export declare const TerminalReaderReaderResourceProcessSetupConfig: SchemaModule<self>;
