package io.tqc.serve;

import io.tqc.read.Document;
import io.tqc.read.DocumentReadException;
import io.tqc.read.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code POST /tqc/upload?name=FILE}: the body is a file in any format tqc reads (never a path
 * on the server); the answer is its text as JSON {@code {"name", "contentType", "text"}}. The
 * bytes go to a file in the server's temp folder, read by the engine's reader and deleted.
 */
final class UploadEndpoint implements Endpoint {
  private final DocumentReader reader;
  private final TempFolder temp;
  private final long maxBytes;

  UploadEndpoint(DocumentReader reader, TempFolder temp, long maxBytes) {
    this.reader = reader;
    this.temp = temp;
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean heavy() {
    return true;
  }

  @Override
  public void handle(Exchange exchange) throws IOException {
    if (!exchange.method().equals("POST")) {
      throw ApiException.badRequest("Send the file as the body of a POST");
    }
    FormParams params = FormParams.parse(exchange.query(), "");
    String name = params.get("name").filter(n -> !n.isBlank()).orElse("upload");
    byte[] body = exchange.body(maxBytes, "Your file exceeds the limit of " + maxBytes
        + " bytes. Please submit a smaller file.");
    Path file = temp.newFile(extension(name));
    try {
      Files.write(file, body);
      Document document = reader.read(file, name);
      exchange.json(ServerInfo.json(json -> {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField("contentType", document.contentType());
        json.writeStringField("text", document.text());
        json.writeEndObject();
      }));
    } catch (DocumentReadException e) {
      throw ApiException.badRequest("cannot read " + name + ": " + e.getMessage());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The name's extension, which the reader uses; the rest of the name never touches disk. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ext.matches("[a-z0-9]{1,10}") ? "." + ext : ".bin";
  }
}
