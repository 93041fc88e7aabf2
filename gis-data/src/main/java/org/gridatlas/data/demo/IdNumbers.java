package org.gridatlas.data.demo;

import java.time.LocalDate;

/** Resident ID numbers (GB 11643-1999): 6-digit area code, birth date, 3-digit sequence, ISO 7064 MOD 11-2 check. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** {@code sequence} 0-999; odd for men, even for women (the caller chooses). */
    static String of(String areaCode, LocalDate birth, int sequence) {
        String body = areaCode
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", sequence);
        return body + checkDigit(body);
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return checkDigit(id.substring(0, 17)) == id.charAt(17);
    }
}
