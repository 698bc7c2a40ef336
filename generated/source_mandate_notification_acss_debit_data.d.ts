import type { SchemaModule } from "./runtime/api.js";
import type { SourceMandateNotificationAcssDebitData as self } from "./types/source_mandate_notification_acss_debit_data.js";

export type SourceMandateNotificationAcssDebitData = self;
export declare const SourceMandateNotificationAcssDebitData: SchemaModule<self>;
