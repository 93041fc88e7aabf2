package org.gridatlas.webapp.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The two language bundles of every feature hold the same keys with the same placeholders, English texts hold no
 * Chinese (outside the few values a user must type as they are), and every key the code asks for exists.
 */
class TranslationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    /** CJK ideographs and full-width punctuation (，。：；（）) — neither belongs in an English text. */
    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
    /** English texts that name what a user types or picks in Chinese: the language switch and the people file's role values. */
    private static final Set<String> CHINESE_ON_PURPOSE = Set.of("app.switch-language", "people.help");
    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([^\"]+)\"");

    @Test
    void every_chinese_key_has_an_english_text_and_every_english_key_a_chinese_one() {
        for (String bundle : GridAtlasI18nProvider.BUNDLES) {
            Set<String> zh = load(bundle).keySet();
            Set<String> en = load(bundle + "_en").keySet();
            assertThat(difference(zh, en)).as("keys of %s.properties missing from %s_en.properties", bundle, bundle).isEmpty();
            assertThat(difference(en, zh)).as("keys of %s_en.properties missing from %s.properties", bundle, bundle).isEmpty();
        }
    }

    @Test
    void english_and_chinese_texts_of_a_key_use_the_same_placeholders() {
        for (String bundle : GridAtlasI18nProvider.BUNDLES) {
            Map<String, String> zh = load(bundle);
            Map<String, String> en = load(bundle + "_en");
            List<String> differing = zh.keySet().stream().filter(en::containsKey)
                    .filter(k -> !placeholders(zh.get(k)).equals(placeholders(en.get(k)))).sorted().toList();
            assertThat(differing).as("keys of %s whose placeholders differ between the languages", bundle).isEmpty();
        }
    }

    @Test
    void english_texts_hold_no_chinese_characters_or_full_width_punctuation() {
        for (String bundle : GridAtlasI18nProvider.BUNDLES) {
            List<String> chinese = load(bundle + "_en").entrySet().stream()
                    .filter(e -> !CHINESE_ON_PURPOSE.contains(e.getKey()))
                    .filter(e -> CHINESE.matcher(e.getValue()).find())
                    .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
            assertThat(chinese).as("English texts of %s with Chinese in them", bundle).isEmpty();
        }
    }

    @Test
    void texts_with_placeholders_show_their_values_and_no_raw_braces() {
        var provider = new GridAtlasI18nProvider();
        List<String> raw = new ArrayList<>();
        for (String bundle : GridAtlasI18nProvider.BUNDLES) {
            for (var locale : GridAtlasI18nProvider.LOCALES) {
                Map<String, String> texts = load(locale.getLanguage().equals("en") ? bundle + "_en" : bundle);
                for (var e : texts.entrySet()) {
                    Set<String> indexes = placeholders(e.getValue());
                    if (indexes.isEmpty()) {
                        continue;
                    }
                    Object[] args = new Object[indexes.stream().mapToInt(Integer::parseInt).max().orElseThrow() + 1];
                    java.util.Arrays.fill(args, 7);
                    String shown = provider.getTranslation(e.getKey(), locale, args);
                    // a lone apostrophe quotes in MessageFormat: "agent's at most {0}" shows "agents at most {0}"
                    boolean loneApostrophe = e.getValue().replace("''", "").contains("'");
                    if (PLACEHOLDER.matcher(shown).find() || loneApostrophe) {
                        raw.add(locale + " " + e.getKey() + " -> " + shown);
                    }
                }
            }
        }
        assertThat(raw).as("texts whose placeholders are not replaced (write an apostrophe as '' in them)").isEmpty();
    }

    @Test
    void english_counts_take_the_singular_for_one() {
        var provider = new GridAtlasI18nProvider();
        assertThat(provider.getTranslation("review.days-open", java.util.Locale.ENGLISH, 1)).isEqualTo("1 day open");
        assertThat(provider.getTranslation("review.days-open", java.util.Locale.ENGLISH, 12)).isEqualTo("12 days open");
        assertThat(provider.getTranslation("review.days-open", GridAtlasI18nProvider.CHINESE, 1)).isEqualTo("已 1 天");
    }

    @Test
    void no_key_is_defined_in_two_bundles() {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : GridAtlasI18nProvider.BUNDLES) {
            for (String key : load(bundle).keySet()) {
                String first = owner.putIfAbsent(key, bundle);
                if (first != null) {
                    twice.add(key + " in " + first + " and " + bundle);
                }
            }
        }
        assertThat(twice).as("the provider reads the first bundle only, so the second text is never shown").isEmpty();
    }

    @Test
    void every_key_the_code_asks_for_exists_in_a_bundle() throws IOException {
        Set<String> keys = new TreeSet<>();
        GridAtlasI18nProvider.BUNDLES.forEach(b -> keys.addAll(load(b).keySet()));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    // a key ending in "." is a prefix completed at run time (an enum's name): some key must start with it
                    boolean found = key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
                    if (!found) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(keys).as("the bundles were read").isNotEmpty();
        assertThat(missing).as("keys asked for by the code but defined in no bundle (shown as !key)").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Map<String, String> load(String name) {
        String resource = "/vaadin-i18n/" + name + ".properties";
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s on the class path", resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
