package io.tqc.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A word of the source language and a look-alike of the target language that does not
 * translate it (English "actual" is not German "aktuell").
 *
 * @param id the rule group of LanguageTool's false-friend list
 * @param sourceWord matches the source word as a whole word, in any case
 * @param targetWord matches the look-alike in the target, inflected forms included
 * @param translations what the source word does translate to in the target language
 */
record FalseFriend(String id, Pattern sourceWord, Pattern targetWord, List<String> translations) {}
