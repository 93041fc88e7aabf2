package org.gridatlas.data.base;

/**
 * Masks personal data as China's Personal Information Protection Law practice expects: 张*明, 320481********1234,
 * 138****5678. Masked is the default everywhere; unmasked values leave a service only through an audited reveal.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** 张三 → 张*, 张小明 → 张*明, 欧阳小明 → 欧**明. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return sb.append('*').toString();
        }
        sb.append("*".repeat(cps.length - 2));
        return sb.appendCodePoint(cps[cps.length - 1]).toString();
    }

    /** Keeps the first six (region) and last four characters: 320481********1234. */
    public static String maskIdNumber(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String s = id.strip();
        if (s.length() <= 10) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 6) + "*".repeat(s.length() - 10) + s.substring(s.length() - 4);
    }

    /** Keeps the first three and last four digits: 138****5678. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String s = phone.strip();
        if (s.length() <= 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }
}
