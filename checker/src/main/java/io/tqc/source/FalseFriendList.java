package io.tqc.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * LanguageTool's false-friend list ({@code org/languagetool/rules/false-friends.xml}) turned
 * into pairs for one source and target language. LanguageTool applies the list to text a
 * speaker of one language wrote in another, and flags the look-alike wherever it occurs; a
 * translation has its source, so a pair counts only when the source has the one word and the
 * target its look-alike. Groups LanguageTool keeps off, and patterns of several tokens or of
 * part-of-speech tags only, are left out.
 */
final class FalseFriendList {
  private static final String RESOURCE = "/org/languagetool/rules/false-friends.xml";
  /** German and English endings an inflected entry ("bekommen", "become") may take. */
  private static final Map<String, String> ENDINGS = Map.of(
      "de", "(?:e|en|er|es|em|ern|n|s|st|t|et|te|ten|tet|test)?",
      "en", "(?:s|es|d|ed|ing|er|ers)?");
  private static final Map<String, List<FalseFriend>> BY_PAIR = new HashMap<>();

  /** One rule of a group: a pattern in a language and its right translations. */
  private record Entry(String language, String token, boolean regexp, boolean inflected,
      Map<String, List<String>> translations) {}

  private FalseFriendList() {}

  /** The pairs from base language {@code source} to base language {@code target}, read once. */
  static synchronized List<FalseFriend> of(String source, String target) {
    return BY_PAIR.computeIfAbsent(source + ">" + target, k -> load(source, target));
  }

  private static List<FalseFriend> load(String source, String target) {
    List<FalseFriend> pairs = new ArrayList<>();
    try (InputStream in = FalseFriendList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.of();
      }
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      String group = null;
      boolean off = false;
      List<Entry> entries = new ArrayList<>();
      Entry entry = null;
      int tokens = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "rulegroup" -> {
              group = xml.getAttributeValue(null, "id");
              off = "off".equals(xml.getAttributeValue(null, "default"));
              entries.clear();
            }
            case "pattern" -> {
              entry = new Entry(xml.getAttributeValue(null, "lang"), null, false, false,
                  new HashMap<>());
              tokens = 0;
            }
            case "token" -> {
              tokens++;
              boolean regexp = "yes".equals(xml.getAttributeValue(null, "regexp"));
              boolean inflected = "yes".equals(xml.getAttributeValue(null, "inflected"));
              String text = xml.getElementText().strip();
              entry = tokens == 1 && entry != null ? new Entry(entry.language(), text, regexp,
                  inflected, entry.translations()) : null;
            }
            case "translation" -> {
              String lang = xml.getAttributeValue(null, "lang");
              String text = xml.getElementText().strip();
              if (entry != null) {
                entry.translations().computeIfAbsent(lang, l -> new ArrayList<>()).add(text);
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (xml.getLocalName().equals("rule")) {
            if (entry != null && entry.token() != null && !entry.token().isEmpty()) {
              entries.add(entry);
            }
            entry = null;
          } else if (xml.getLocalName().equals("rulegroup") && !off) {
            pair(group, entries, source, target, pairs);
          }
        }
      }
      xml.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("LanguageTool's false-friend list: " + e.getMessage(), e);
    }
    return List.copyOf(pairs);
  }

  private static void pair(String group, List<Entry> entries, String source, String target,
      List<FalseFriend> out) {
    for (Entry from : entries) {
      if (!from.language().equals(source)) {
        continue;
      }
      for (Entry to : entries) {
        if (to.language().equals(target)) {
          out.add(new FalseFriend(group, word(from), word(to),
              from.translations().getOrDefault(target, List.of())));
        }
      }
    }
  }

  private static Pattern word(Entry entry) {
    String body = entry.regexp() ? "(?:" + entry.token() + ")" : Pattern.quote(entry.token());
    // German adjectives inflect even where the list gives one form ("aktuell", "aktuellen")
    boolean german = entry.language().equals("de");
    String ending = entry.inflected() || german ? ENDINGS.getOrDefault(entry.language(), "")
        : "";
    if (german && !entry.regexp()) {
      // bekommen → bekomm-t, sensibel → sensibl-e: the stem without the lemma's ending
      String lemma = entry.token();
      int cut = lemma.endsWith("en") || lemma.endsWith("el") ? 2 : lemma.endsWith("e") ? 1 : 0;
      String stem = lemma.substring(0, lemma.length() - cut);
      String tail = lemma.substring(stem.length());
      body = Pattern.quote(stem) + "(?:" + Pattern.quote(tail)
          + (tail.equals("el") ? "|l" : "") + ")?";
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + ending + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether a text has a phrase as whole words, in any case. */
  static boolean hasWords(String text, String phrase) {
    String lower = text.toLowerCase(Locale.ROOT);
    String wanted = phrase.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      int end = at + wanted.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
      boolean after = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }
}
