package org.newskg.resolve;

/** Whether two strings are at most one insertion, deletion or substitution apart. */
final class EditDistance {
    private EditDistance() {}

    static boolean atMostOne(String a, String b) {
        if (a.length() > b.length()) {
            return atMostOne(b, a);
        }
        if (b.length() - a.length() > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length()) {
            return true;
        }
        return a.length() == b.length()
                ? a.substring(i + 1).equals(b.substring(i + 1))
                : a.substring(i).equals(b.substring(i + 1));
    }
}
