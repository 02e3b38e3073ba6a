package io.tqc.serve;

import java.io.IOException;

/** {@code /v2/check}, GET or POST: the findings for a text, as LanguageTool answers. */
final class CheckEndpoint implements Endpoint {
  private final CheckService service;
  private final CheckResponseWriter writer;
  private final TextLimit limit;

  CheckEndpoint(CheckService service, CheckResponseWriter writer, TextLimit limit) {
    this.service = service;
    this.writer = writer;
    this.limit = limit;
  }

  @Override
  public boolean heavy() {
    return true;
  }

  @Override
  public void handle(Exchange exchange) throws IOException, InterruptedException {
    CheckRequest request = limit.read(exchange);
    exchange.json(writer.write(service.check(request)));
  }
}
