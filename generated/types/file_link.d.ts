import type { File } from "./file.js";

/**
 * To share the contents of a `File` object with non-Stripe users, you can
 * create a `FileLink`. `FileLink`s contain a URL that can be used to
 * retrieve the contents of the file without authentication.
 *
 * @schema `file_link`
 */
export type FileLink = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Whether this link is already expired. */
  expired: boolean;
  /**
   * Time at which the link expires.
   *
   * @format unix-time
   */
  expires_at?: number | null;
  /**
   * The file object this link points to.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  file: string | File;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "file_link";
  /**
   * The publicly accessible URL to download the file.
   *
   * @maxLength 5000
   */
  url?: string | null;
};
