/** @schema `offline_acceptance` */
export type OfflineAcceptance = { [key: string]: unknown };
