package io.tqc.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * The text a check request sent: {@code text}, or {@code data} with an annotation of text and
 * markup parts. tqc checks the plain text (the text parts, markup read as its
 * {@code interpretAs}); LanguageTool's clients expect offsets in the string they sent, markup
 * included, so this maps plain-text offsets back. Offsets are UTF-16 indexes throughout, as the
 * API counts them.
 *
 * @param original the string the client sent (text and markup, in order)
 * @param plain the text that is checked
 * @param plainToOriginal for each UTF-16 index of {@code plain} (and its end), the index in
 *     {@code original}
 */
record AnnotatedInput(String original, String plain, int[] plainToOriginal) {
  private static final JsonFactory JSON = new JsonFactory();

  static AnnotatedInput ofText(String text) {
    int[] identity = new int[text.length() + 1];
    Arrays.setAll(identity, i -> i);
    return new AnnotatedInput(text, text, identity);
  }

  /**
   * Reads the {@code data} parameter: {@code {"text": ...}} or {@code {"annotation": [{"text":
   * ...}, {"markup": ..., "interpretAs": ...}]}}; other fields (metaData) are ignored.
   *
   * @throws ApiException 400 when it is not such JSON
   */
  static AnnotatedInput ofData(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw badData("expected a JSON object");
      }
      Builder builder = new Builder();
      boolean any = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("text") && value == JsonToken.VALUE_STRING) {
          builder.text(parser.getText());
          any = true;
        } else if (field.equals("annotation") && value == JsonToken.START_ARRAY) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            readPart(parser, builder);
          }
          any = true;
        } else {
          parser.skipChildren();
        }
      }
      if (!any) {
        throw badData("no 'text' or 'annotation' field");
      }
      if (parser.nextToken() != null) {
        throw badData("text after the JSON object");
      }
      return builder.build();
    } catch (JsonProcessingException e) {
      throw badData(e.getOriginalMessage());
    } catch (IOException e) {
      throw badData(e.getMessage());
    }
  }

  private static void readPart(JsonParser parser, Builder builder) throws IOException {
    String text = null;
    String markup = null;
    String interpretAs = "";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "text" -> text = parser.getValueAsString();
        case "markup" -> markup = parser.getValueAsString();
        case "interpretAs" -> interpretAs = parser.getValueAsString();
        default -> parser.skipChildren();
      }
    }
    if (text != null && markup == null) {
      builder.text(text);
    } else if (markup != null && text == null) {
      builder.markup(markup, interpretAs == null ? "" : interpretAs);
    } else {
      throw badData("each annotation part needs either 'text' or 'markup'");
    }
  }

  private static ApiException badData(String why) {
    return ApiException.badRequest("Could not parse JSON from 'data' parameter: " + why);
  }

  /** Where a plain-text span {@code [from, to)} lies in the original, as {@code [start, end)}. */
  int originalStart(int from) {
    return plainToOriginal[from];
  }

  int originalEnd(int from, int to) {
    return to == from ? plainToOriginal[from] : plainToOriginal[to - 1] + 1;
  }

  private static final class Builder {
    private final StringBuilder original = new StringBuilder();
    private final StringBuilder plain = new StringBuilder();
    private int[] map = new int[16];

    void text(String text) {
      for (int i = 0; i < text.length(); i++) {
        map(original.length() + i);
      }
      original.append(text);
      plain.append(text);
    }

    /** The interpretation's characters all stand where the markup starts. */
    void markup(String markup, String interpretAs) {
      for (int i = 0; i < interpretAs.length(); i++) {
        map(original.length());
      }
      original.append(markup);
      plain.append(interpretAs);
    }

    private int mapped;

    private void map(int originalIndex) {
      if (mapped == map.length) {
        map = Arrays.copyOf(map, map.length * 2);
      }
      map[mapped++] = originalIndex;
    }

    AnnotatedInput build() {
      int[] result = Arrays.copyOf(map, mapped + 1);
      result[mapped] = original.length();
      return new AnnotatedInput(original.toString(), plain.toString(), result);
    }
  }
}
