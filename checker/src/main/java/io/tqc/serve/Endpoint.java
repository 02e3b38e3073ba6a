package io.tqc.serve;

import java.io.IOException;

/** Answers the requests for one path. */
interface Endpoint {
  void handle(Exchange exchange) throws IOException, InterruptedException;

  /** Whether a request takes one of the bounded check places (it checks or reads text). */
  default boolean heavy() {
    return false;
  }

  /** Whether a request needs the access token; the page's script and style hold no data. */
  default boolean needsToken() {
    return true;
  }
}
