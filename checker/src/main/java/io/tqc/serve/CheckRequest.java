package io.tqc.serve;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@code /v2/check} request, validated as LanguageTool's server validates it.
 *
 * @param input the text, with markup when {@code data} had an annotation
 * @param language a language code, or {@code auto}
 * @param preferredVariants language to variant ({@code en -> en-GB}) for detected languages
 * @param selection the rules the request turns on and off
 * @param allowIncompleteResults answer 200 with what is known when the time limit is reached
 * @param compact {@code c=1}: no software, context or sentence fields
 * @param sourceText the source the text translates, empty when none was sent
 * @param sourceLanguage the source's language code, or {@code auto}
 */
record CheckRequest(AnnotatedInput input, String language, Map<String, String> preferredVariants,
    RuleSelection selection, boolean allowIncompleteResults, boolean compact, String sourceText,
    String sourceLanguage) {

  static final Set<String> LEVELS = Set.of("default", "picky", "academic", "clarity",
      "professional", "creative", "customer", "jobapp", "objective", "elegant");
  static final Set<String> MODES = Set.of("all", "textLevelOnly", "allButTextLevelOnly");

  /** @throws ApiException 400 for what LanguageTool's server also refuses */
  static CheckRequest parse(FormParams params) {
    for (String old : new String[] {"enabled", "disabled", "autodetect"}) {
      if (params.has(old)) {
        throw ApiException.badRequest("The '" + old + "' parameter is no longer supported: use "
            + (old.equals("autodetect") ? "language=auto" : "'" + old + "Rules'"));
      }
    }
    Optional<String> text = params.get("text");
    Optional<String> data = params.get("data");
    if (text.isPresent() && data.isPresent()) {
      throw ApiException.badRequest("Set only 'text' or 'data' parameter, not both");
    }
    if (text.isEmpty() && data.isEmpty()) {
      throw ApiException.badRequest("Missing 'text' or 'data' parameter");
    }
    String language = params.get("language").filter(l -> !l.isBlank())
        .orElseThrow(() -> ApiException.badRequest("Missing 'language' parameter"));
    AnnotatedInput input = text.map(AnnotatedInput::ofText)
        .orElseGet(() -> AnnotatedInput.ofData(data.get()));
    String level = params.get("level").orElse("default");
    if (!LEVELS.contains(level)) {
      throw ApiException.badRequest("Unknown level '" + level + "', use one of "
          + String.join(", ", LEVELS.stream().sorted().toList()));
    }
    String mode = params.get("mode").orElse("all");
    if (!MODES.contains(mode)) {
      throw ApiException.badRequest("Unknown mode '" + mode + "', use one of "
          + String.join(", ", MODES.stream().sorted().toList()));
    }
    RuleSelection selection = new RuleSelection(list(params, "enabledRules"),
        list(params, "disabledRules"), list(params, "enabledCategories"),
        list(params, "disabledCategories"), params.flag("enabledOnly"));
    if (selection.enabledOnly()) {
      if (selection.enabledRules().isEmpty() && selection.enabledCategories().isEmpty()) {
        throw ApiException.badRequest("You must specify enabled rules or categories when using "
            + "enabledOnly=true");
      }
      if (!selection.disabledRules().isEmpty() || !selection.disabledCategories().isEmpty()) {
        throw ApiException.badRequest("You cannot specify disabled rules or categories using "
            + "enabledOnly=true");
      }
    }
    return new CheckRequest(input, language.strip(), variants(params), selection,
        params.flag("allowIncompleteResults"), params.get("c").filter("1"::equals).isPresent(),
        params.get("sourceText").orElse(""), params.get("sourceLanguage").orElse("auto"));
  }

  /**
   * {@code preferredVariants=en-GB,de-AT}; accepted with a named language too (Obsidian sends
   * that, and LanguageTool refuses it), where it only applies to codes without a variant.
   */
  private static Map<String, String> variants(FormParams params) {
    Map<String, String> variants = new LinkedHashMap<>();
    for (String variant : list(params, "preferredVariants")) {
      int dash = variant.indexOf('-');
      if (dash <= 0) {
        throw ApiException.badRequest("Invalid value for 'preferredVariants': '" + variant
            + "' has no variant (expected e.g. en-GB)");
      }
      variants.put(variant.substring(0, dash), variant);
    }
    return variants;
  }

  private static Set<String> list(FormParams params, String key) {
    return params.get(key).map(value -> Arrays.stream(value.split(","))
        .map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)))
        .map(Set::copyOf).orElse(Set.of());
  }
}
