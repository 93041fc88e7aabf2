package org.gridatlas.analytics.review.pack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every figure printed in a review pack, as key → exact text (counts as integers, never rounded). The canonical form
 * is JSON with keys sorted and no whitespace; its SHA-256 identifies the figures of a pack, so regenerating a closed
 * quarter either hashes the same or {@link #changesSince} lists what changed.
 */
public final class Figures {

    private final SortedMap<String, String> values = new TreeMap<>();

    public Figures put(String key, long value) {
        return put(key, Long.toString(value));
    }

    public Figures put(String key, String value) {
        if (values.putIfAbsent(key, value) != null) {
            throw new IllegalStateException("figure " + key + " given twice");
        }
        return this;
    }

    public Figures putAll(Figures other) {
        other.values.forEach(this::put);
        return this;
    }

    public String get(String key) {
        return values.get(key);
    }

    public long getLong(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no figure " + key);
        }
        return Long.parseLong(v);
    }

    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableSortedMap(values);
    }

    public String toJson() {
        StringBuilder b = new StringBuilder("{");
        values.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(quote(k)).append(':').append(quote(v));
        });
        return b.append('}').toString();
    }

    public String sha256() {
        return sha256(toJson().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses the canonical JSON written by {@link #toJson} (string values only). */
    public static Figures fromJson(String json) {
        Figures f = new Figures();
        int i = json.indexOf('{') + 1;
        while (true) {
            i = skip(json, i);
            if (json.charAt(i) == '}') {
                return f;
            }
            StringBuilder key = new StringBuilder();
            i = unquote(json, i, key);
            i = skip(json, i) + 1;   // ':'
            StringBuilder value = new StringBuilder();
            i = unquote(json, skip(json, i), value);
            f.put(key.toString(), value.toString());
            i = skip(json, i);
            if (json.charAt(i) == ',') {
                i++;
            }
        }
    }

    /** Human-readable differences: "key: old → new", "key: added new", "key: removed (old)". */
    public List<String> changesSince(Figures earlier) {
        List<String> out = new ArrayList<>();
        TreeMap<String, String> all = new TreeMap<>(earlier.values);
        all.putAll(values);
        all.keySet().forEach(k -> {
            String was = earlier.values.get(k);
            String now = values.get(k);
            if (was == null) {
                out.add(k + ": added " + now);
            } else if (now == null) {
                out.add(k + ": removed (" + was + ")");
            } else if (!was.equals(now)) {
                out.add(k + ": " + was + " → " + now);
            }
        });
        return out;
    }

    private static int skip(String s, int i) {
        while (Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int unquote(String s, int i, StringBuilder out) {
        i++;   // opening quote
        while (s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        return i + 1;
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
