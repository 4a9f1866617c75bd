import { CornerError } from "./corner-error.ts";

/**
 * No answer from the API: offline, DNS, CORS refusal or timeout. `status` is 0.
 * @example
 * if (e instanceof NetworkError) showOfflineNotice()
 */
export class NetworkError extends CornerError {
  readonly timeout: boolean;

  constructor(detail: string, timeout = false) {
    super({ status: 0, type: "about:blank", title: "Network error", detail });
    this.name = "NetworkError";
    this.timeout = timeout;
  }
}
