package dev.tandem.kb;

/** Whether two words differ by at most one typo: one letter inserted, deleted or replaced. */
final class Typos {

    private Typos() {
    }

    static boolean withinOneEdit(String a, String b) {
        int lengthDifference = a.length() - b.length();
        if (Math.abs(lengthDifference) > 1) {
            return false;
        }
        String longer = lengthDifference >= 0 ? a : b;
        String shorter = lengthDifference >= 0 ? b : a;
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < longer.length() && j < shorter.length()) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            i++;
            if (longer.length() == shorter.length()) {
                j++;
            }
        }
        return true;
    }
}
