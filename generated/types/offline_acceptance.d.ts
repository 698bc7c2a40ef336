/** @schema `offline_acceptance` */
export interface OfflineAcceptance {
  [key: string]: unknown;
}
